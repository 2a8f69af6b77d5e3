package org.vigil.identity.oidc;

/** A DPoP-bound access token presented as a bearer token: refused, and answered with the DPoP challenge (RFC 9449 §7.2). */
public class DpopBoundTokenException extends InvalidTokenException {

    public DpopBoundTokenException() {
        super("bound to a DPoP key; present it as Authorization: DPoP with a DPoP proof");
    }
}
