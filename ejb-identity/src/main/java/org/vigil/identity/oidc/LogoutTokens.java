package org.vigil.identity.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;

import org.vigil.identity.oidc.keys.ActiveSigningKey;

/**
 * Makes the logout tokens of OpenID Connect Back-Channel Logout 1.0 (§2.4): a JWT of type {@code logout+jwt}, signed
 * like the client's ID tokens (its algorithm, the provider's current key for it), with {@code iss}, {@code aud} (the
 * client), {@code iat}, a short {@code exp}, a fresh {@code jti}, {@code sub}, {@code sid} and the back-channel logout
 * event, and never a {@code nonce}.
 */
public final class LogoutTokens {

    public static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    public static final JOSEObjectType TYPE = new JOSEObjectType("logout+jwt");
    /** How long a logout token is good for: enough for a delivery, too little to keep one for later. */
    public static final Duration LIFETIME = Duration.ofMinutes(2);

    private final String issuer;
    private final Function<JWSAlgorithm, ActiveSigningKey> signingKeys;
    private final Clock clock;

    /** @param signingKeys the provider's current signing key for an algorithm ({@link SigningKeyRing#signingKey}) */
    public LogoutTokens(String issuer, Function<JWSAlgorithm, ActiveSigningKey> signingKeys, Clock clock) {
        this.issuer = issuer;
        this.signingKeys = signingKeys;
        this.clock = clock;
    }

    /**
     * @param alg the algorithm the client's ID tokens are signed with
     * @param subject the person's account id, as their ID tokens' {@code sub}
     * @param sid the session that ended, as their ID tokens' {@code sid}
     */
    public String make(String clientId, JWSAlgorithm alg, String subject, String sid) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .subject(subject)
                .claim("sid", sid)
                .claim("events", Map.of(EVENT, Map.of()))
                .build();
        return signingKeys.apply(alg).sign(TYPE, claims);
    }
}
