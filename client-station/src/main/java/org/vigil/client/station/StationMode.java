package org.vigil.client.station;

/** The program's modes, fixed by how the station was enrolled. */
public enum StationMode {
    MONITORING("Monitoring"), SUPERVISOR("Supervisor"), KYC_OFFICER("KYC officer");

    private final String title;

    StationMode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static StationMode of(String enrolledAs) {
        return switch (enrolledAs == null ? "" : enrolledAs) {
            case "supervisor" -> SUPERVISOR;
            case "kyc-officer" -> KYC_OFFICER;
            default -> MONITORING;
        };
    }

    /** Who may sign in here, in words for a refusal. */
    public String whoMaySignIn() {
        return switch (this) {
            case MONITORING -> "doctors and nurses";
            case SUPERVISOR -> "supervisors";
            case KYC_OFFICER -> "KYC officers";
        };
    }

    public boolean admits(org.vigil.client.station.signin.PersonSession person) {
        return switch (this) {
            case MONITORING -> person.has("doctor") || person.has("nurse");
            case SUPERVISOR -> person.has("supervisor");
            case KYC_OFFICER -> person.has("kyc-officer");
        };
    }
}
