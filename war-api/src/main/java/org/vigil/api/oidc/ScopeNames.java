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
            case "offline_access" -> "Access while you are away (stays until you log out)";
            case "vigil:admin" -> "Administer Vigil with your admin role";
            default -> scope;
        };
    }
}
