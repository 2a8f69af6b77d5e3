package org.vigil.identity.oidc;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;

/** RFC 7636 with S256 only: {@code plain} would hand the verifier to whoever sees the request. */
final class Pkce {

    private Pkce() {
    }

    static boolean verifies(String challenge, CodeVerifier verifier) {
        if (challenge == null || verifier == null) {
            return false;
        }
        String computed = CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();
        return java.security.MessageDigest.isEqual(computed.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                challenge.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
