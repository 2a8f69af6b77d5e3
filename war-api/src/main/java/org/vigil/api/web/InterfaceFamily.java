package org.vigil.api.web;

/**
 * The interfaces this WAR serves, each with its own error shape: an answer the web tier gives
 * before any of them runs (a body too large, a bad parameter) must still look like that
 * interface's own errors to the client that called it.
 */
enum InterfaceFamily {
    /** {@code /oidc/...}: OAuth 2.0 error objects. */
    OIDC,
    /** {@code /fhir/...}: FHIR OperationOutcome. */
    FHIR,
    /** Everything else ({@code /api}, {@code /pki}, pages): RFC 9457 problem+json. */
    API;

    static InterfaceFamily of(String path) {
        if (path.equals("/oidc") || path.startsWith("/oidc/")) {
            return OIDC;
        }
        if (path.equals("/fhir") || path.startsWith("/fhir/")) {
            return FHIR;
        }
        return API;
    }
}
