package org.vigil.identity.passkey;

import java.net.URI;

/**
 * Who passkeys are made for: the app's origin (scheme, host and port, as the browser reports it in
 * clientDataJSON) and the RP id (its host name), both taken from the issuer URL the app is served under.
 */
public record RelyingParty(String origin, String id, String name) {

    public static RelyingParty of(String issuerUrl) {
        URI uri = URI.create(issuerUrl);
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        return new RelyingParty(origin, uri.getHost(), "Vigil");
    }
}
