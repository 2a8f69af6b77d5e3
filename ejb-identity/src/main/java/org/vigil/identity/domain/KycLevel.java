package org.vigil.identity.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How sure Vigil is of who a person is. Each level maps to the eIDAS level of assurance that an
 * OpenID Connect client asks for in {@code acr_values} and receives in {@code acr}.
 */
public enum KycLevel {
    /** Signed up, nothing confirmed yet. */
    NONE(0, null),
    /** L1: email and phone confirmed with one-time codes. */
    LOW(1, "http://eidas.europa.eu/LoA/low"),
    /** L2: identity document chip read and passively authenticated. */
    SUBSTANTIAL(2, "http://eidas.europa.eu/LoA/substantial"),
    /** L3: seen in person by a KYC officer. */
    HIGH(3, "http://eidas.europa.eu/LoA/high");

    private final int number;
    private final String acr;

    KycLevel(int number, String acr) {
        this.number = number;
        this.acr = acr;
    }

    public int number() {
        return number;
    }

    public Optional<String> acr() {
        return Optional.ofNullable(acr);
    }

    public boolean satisfies(KycLevel required) {
        return number >= required.number;
    }

    public static KycLevel ofNumber(int number) {
        return Arrays.stream(values()).filter(l -> l.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no KYC level " + number));
    }

    public static Optional<KycLevel> ofAcr(String acr) {
        return Arrays.stream(values()).filter(l -> l.acr != null && l.acr.equals(acr)).findFirst();
    }
}
