package org.vigil.client.gateway.simulator;

/** An abnormal spell a simulated patient goes through, and until when (simulated seconds). */
record Episode(Kind kind, long untilSecond) {

    enum Kind {
        /** Heart rate 40–60 /min above baseline for minutes. */
        TACHYCARDIA,
        /** Blood pressure readings around 185/115 mmHg. */
        HYPERTENSIVE,
        /** Body temperature rising towards 39 °C for hours. */
        FEVER
    }
}
