package org.vigil.api.security;

import java.net.URI;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.identity.oidc.AccessTokenVerifier;
import org.vigil.identity.oidc.DpopBoundTokenException;
import org.vigil.identity.oidc.InvalidDpopProofException;
import org.vigil.identity.oidc.InvalidTokenException;

/**
 * The access token an HTTP request presents: {@code Authorization: Bearer} (RFC 6750), or {@code Authorization: DPoP} with
 * exactly one {@code DPoP} proof made for this method and URL (RFC 9449 §7). The URL is the one the client addressed:
 * the issuer's public base URL and the request's path, so it holds behind a proxy as the token endpoint's does.
 */
public final class PresentedToken {

    private static final String BEARER = "Bearer ";
    private static final String DPOP = "DPoP ";

    private PresentedToken() {
    }

    /** @throws InvalidBearerTokenException with the challenge to answer, when there is no token or it does not hold */
    public static AccessTokenClaims verify(AccessTokenVerifier verifier, IssuerUrl issuer, HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (startsWith(authorization, BEARER)) {
            try {
                return verifier.verify(authorization.substring(BEARER.length()).strip());
            } catch (DpopBoundTokenException e) {
                throw InvalidBearerTokenException.dpopToken(e.getMessage());
            } catch (InvalidTokenException e) {
                throw new InvalidBearerTokenException(e.getMessage());
            }
        }
        if (startsWith(authorization, DPOP)) {
            List<String> proofs = Collections.list(request.getHeaders("DPoP"));
            if (proofs.size() > 1) {
                throw InvalidBearerTokenException.dpopProof("more than one DPoP header");
            }
            URI url = URI.create(issuer.url() + request.getRequestURI());
            try {
                return verifier.verifyDpop(authorization.substring(DPOP.length()).strip(), proofs.isEmpty() ? null : proofs.get(0),
                        request.getMethod(), url);
            } catch (InvalidTokenException e) {
                throw InvalidBearerTokenException.dpopToken(e.getMessage());
            } catch (InvalidDpopProofException e) {
                throw InvalidBearerTokenException.dpopProof(e.getMessage());
            }
        }
        throw new InvalidBearerTokenException(null);
    }

    private static boolean startsWith(String header, String scheme) {
        return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
    }
}
