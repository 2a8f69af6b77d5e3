package org.vigil.identity.oidc;

import java.util.Set;

import org.vigil.identity.application.InvalidFieldException;

/**
 * What an admin decides when enrolling a station: its name on the supervisors' board and its
 * mode, which fixes who may sign in at it by CIBA (monitoring: doctors and nurses; supervisor:
 * supervisors; kyc-officer: KYC officers). Kept in the enrollment's context as {@code mode:name}.
 */
public record StationProfile(Mode mode, String name) {

    public enum Mode {
        MONITORING, SUPERVISOR, KYC_OFFICER;

        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private static final int MAX_NAME = 120;

    public StationProfile {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("stationName", "a station needs a name people recognise");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidFieldException("stationName", "at most " + MAX_NAME + " characters");
        }
    }

    /** @param mode {@code monitoring} (the default when null) or {@code supervisor} */
    public static StationProfile of(String mode, String name) {
        if (mode == null || mode.isBlank() || mode.equals("monitoring")) {
            return new StationProfile(Mode.MONITORING, name);
        }
        if (mode.equals("supervisor")) {
            return new StationProfile(Mode.SUPERVISOR, name);
        }
        if (mode.equals("kyc-officer")) {
            return new StationProfile(Mode.KYC_OFFICER, name);
        }
        throw new InvalidFieldException("stationMode", "monitoring, supervisor or kyc-officer");
    }

    public static StationProfile parse(String context) {
        int colon = context == null ? -1 : context.indexOf(':');
        if (colon < 0) {
            return new StationProfile(Mode.MONITORING, context == null || context.isBlank() ? "Station" : context);
        }
        return of(context.substring(0, colon), context.substring(colon + 1));
    }

    public String context() {
        return mode.text() + ":" + name;
    }

    /**
     * The roles a person must hold to get tokens at this station. The CIBA check demands all of
     * them, so a monitoring station (doctor or nurse) demands none here and the care API checks the
     * role on every call; a supervisor station demands {@code supervisor}, a KYC officer's {@code kyc-officer}.
     */
    Set<String> cibaRequiredRoles() {
        return switch (mode) {
            case SUPERVISOR -> Set.of("supervisor");
            case KYC_OFFICER -> Set.of("kyc-officer");
            case MONITORING -> Set.of();
        };
    }
}
