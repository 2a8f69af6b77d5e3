package org.vigil.stats.domain.alert;

/** What operations are alerted to. */
public enum AlertKind {
    /** A gateway has not reported for longer than the configured silence. */
    GATEWAY_OFFLINE("Gateway offline"),
    /** A device a gateway reads reported a battery level below the configured floor. */
    BATTERY_LOW("Battery low"),
    /** A gateway's outbox grew in each of its last few reports. */
    OUTBOX_GROWING("Outbox growing"),
    /** A station reports patients assigned to it and nobody signed in. */
    STATION_UNATTENDED("Station without a signed-in person"),
    /** A trust certificate (CA, TSA, OCSP signer) expires within the configured warning time. */
    CERTIFICATE_EXPIRING("Certificate close to expiry"),
    /** The dead-letter queue holds messages. */
    DEAD_LETTERS("Dead letters waiting");

    private final String title;

    AlertKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
