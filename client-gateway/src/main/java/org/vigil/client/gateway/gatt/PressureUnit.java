package org.vigil.client.gateway.gatt;

/** Flag bit 0 of Blood Pressure Measurement and Intermediate Cuff Pressure. */
public enum PressureUnit {
    MILLIMETRES_OF_MERCURY,
    KILOPASCAL;

    private static final double MMHG_PER_KPA = 760.0 / 101.325;

    /**
     * In mm[Hg], which the observations API uses for every pressure. Kilopascals are rounded to
     * 0.1 mmHg: a kPa device resolves 0.1 kPa (0.75 mmHg), so nothing real is lost.
     */
    double toMillimetresOfMercury(double value) {
        return this == MILLIMETRES_OF_MERCURY ? value : Math.round(value * MMHG_PER_KPA * 10) / 10.0;
    }
}
