package org.vigil.identity.oidc;

import java.net.URI;
import java.text.ParseException;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.dpop.JWKThumbprintConfirmation;
import com.nimbusds.oauth2.sdk.dpop.verifiers.AccessTokenValidationException;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPIssuer;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPProtectedResourceRequestVerifier;
import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPTokenRequestVerifier;
import com.nimbusds.oauth2.sdk.dpop.verifiers.InvalidDPoPProofException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;

import org.vigil.identity.application.ReplayGuard;

/**
 * RFC 9449's proof checks, done by Nimbus's verifiers: the {@code dpop+jwt} type, a signature by the public key in the
 * header (asymmetric algorithms only), {@code htm} and {@code htu} of this very request, {@code iat} within the window,
 * a {@code jti} never seen before from the same client and, at a resource, {@code ath} and the key the token is bound to.
 */
@Dependent
public class DpopProofs {

    /** What discovery announces as {@code dpop_signing_alg_values_supported}. */
    public static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.PS256, JWSAlgorithm.RS256);
    /** How far a client's clock may run ahead of ours. */
    static final long CLOCK_SKEW_SECONDS = 30;
    /** How long after its {@code iat} a proof is still accepted; its jti is remembered that long. */
    static final long MAX_AGE_SECONDS = 60;

    private final DpopProofUses uses;

    @Inject
    public DpopProofs(ReplayGuard replayGuard) {
        this.uses = new DpopProofUses(replayGuard, CLOCK_SKEW_SECONDS);
    }

    /**
     * The key a token request proves possession of (RFC 9449 §5), as its JWK SHA-256 thumbprint.
     *
     * @param proof the {@code DPoP} header, or null when the request has none
     * @return null when there is no proof and the client is not held to DPoP
     */
    public String tokenRequestKey(String proof, URI tokenEndpoint, String clientId, boolean required) {
        if (proof == null) {
            if (required) {
                throw new InvalidDpopProofException("this client must send a DPoP proof");
            }
            return null;
        }
        try {
            return new DPoPTokenRequestVerifier(ALGORITHMS, tokenEndpoint, CLOCK_SKEW_SECONDS, MAX_AGE_SECONDS, uses)
                    .verify(new DPoPIssuer(new ClientID(clientId)), parse(proof)).getValue().toString();
        } catch (InvalidDPoPProofException e) {
            throw new InvalidDpopProofException(e.getMessage());
        } catch (JOSEException e) {
            throw new InvalidDpopProofException("the proof cannot be checked");
        }
    }

    /**
     * Whether a DPoP-bound access token comes with a proof of its key for this request (RFC 9449 §7).
     *
     * @param url the request's URL as the client addressed it (its query is ignored)
     * @param jkt the thumbprint the token is bound to ({@code cnf.jkt})
     */
    public void checkResourceRequest(String method, URI url, String proof, String accessToken, String clientId, String jkt) {
        if (proof == null) {
            throw new InvalidDpopProofException("a DPoP proof is required with a DPoP-bound access token");
        }
        try {
            new DPoPProtectedResourceRequestVerifier(ALGORITHMS, CLOCK_SKEW_SECONDS, MAX_AGE_SECONDS, uses)
                    .verify(method, url, new DPoPIssuer(new ClientID(clientId)), parse(proof), new DPoPAccessToken(accessToken),
                            new JWKThumbprintConfirmation(new Base64URL(jkt)));
        } catch (InvalidDPoPProofException | AccessTokenValidationException e) {
            throw new InvalidDpopProofException(e.getMessage());
        } catch (JOSEException e) {
            throw new InvalidDpopProofException("the proof cannot be checked");
        }
    }

    private static SignedJWT parse(String proof) {
        try {
            return SignedJWT.parse(proof.strip());
        } catch (ParseException e) {
            throw new InvalidDpopProofException("the DPoP header is not a signed JWT");
        }
    }
}
