package org.vigil.api.oidc;

/** What each scope gives a client, in words a person can judge on the consent page. */
final class ScopeNames {

    private ScopeNames() {
    }

    static String describe(String scope) {
        return switch (scope) {
            case "openid" -> "Your Vigil identifier";
            case "profile" -> "Your name";
            case "email" -> "Your email address";
            case "phone" -> "Your phone number";
            case "offline_access" -> "Keep this access while you are away, until you log out of Vigil or withdraw it";
            case "launch/patient" -> "Which patient record in Vigil is yours";
            case "patient/Observation.rs" -> "Your vital signs and activity (heart rate, breathing rate, blood oxygen, blood pressure, temperature, steps): read and search them";
            case "patient/Patient.r" -> "Your name, sex and date of birth";
            case "vigil:admin" -> "Administer Vigil with your admin role";
            default -> scope;
        };
    }
}
