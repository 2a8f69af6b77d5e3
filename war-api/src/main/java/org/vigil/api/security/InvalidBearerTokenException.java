package org.vigil.api.security;

import java.util.Map;
import java.util.stream.Collectors;

import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import com.nimbusds.oauth2.sdk.token.DPoPTokenError;

import org.vigil.identity.oidc.DpopProofs;
import org.vigil.platform.problem.ProblemException;

/**
 * No access token, or one that does not hold: 401 with the challenge of the scheme it came with, RFC 6750's
 * {@code Bearer} or RFC 9449's {@code DPoP}; with no token at all, both challenges (RFC 9449 §7.1).
 */
public class InvalidBearerTokenException extends ProblemException {

    private static final String REALM = "vigil";
    private static final String ALGS = DpopProofs.ALGORITHMS.stream().map(a -> a.getName()).sorted().collect(Collectors.joining(" "));

    private final String challenge;

    /** @param reason why a bearer token does not hold, or null when the request carries none */
    public InvalidBearerTokenException(String reason) {
        this(reason == null ? "This call needs an access token (Authorization: Bearer or DPoP)." : "The access token is not valid: " + reason + ".",
                reason == null ? bearer(null) + ", " + dpop(null, null) : bearer(reason));
    }

    private InvalidBearerTokenException(String detail, String challenge) {
        super(401, "invalid-token", "Invalid access token", detail);
        this.challenge = challenge;
    }

    /** A token presented with {@code Authorization: DPoP} that does not hold. */
    public static InvalidBearerTokenException dpopToken(String reason) {
        return new InvalidBearerTokenException("The access token is not valid: " + reason + ".", dpop(DPoPTokenError.INVALID_TOKEN, reason));
    }

    /** A DPoP proof that does not hold for this request ({@code invalid_dpop_proof}). */
    public static InvalidBearerTokenException dpopProof(String reason) {
        return new InvalidBearerTokenException("The DPoP proof is not valid: " + reason + ".", dpop(DPoPTokenError.INVALID_DPOP_PROOF, reason));
    }

    /** The value of {@code WWW-Authenticate}. */
    public String challenge() {
        return challenge;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("WWW-Authenticate", challenge);
    }

    private static String bearer(String reason) {
        BearerTokenError error = reason == null ? BearerTokenError.MISSING_TOKEN : BearerTokenError.INVALID_TOKEN.setDescription(reason);
        return error.setRealm(REALM).toWWWAuthenticateHeader();
    }

    private static String dpop(DPoPTokenError error, String reason) {
        DPoPTokenError e = error == null ? DPoPTokenError.MISSING_TOKEN : error.setDescription(reason);
        return e.setRealm(REALM).setJWSAlgorithms(DpopProofs.ALGORITHMS).toWWWAuthenticateHeader();
    }
}
