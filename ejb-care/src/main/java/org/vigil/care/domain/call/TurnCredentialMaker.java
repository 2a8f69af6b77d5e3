package org.vigil.care.domain.call;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes TURN credentials coturn accepts with {@code use-auth-secret} and the same
 * {@code static-auth-secret}: the username is the expiry as unix seconds and the call id, the
 * password the username's HMAC-SHA1 under the secret, base64. They live at most
 * {@link #MAX_LIFETIME}: a call longer than that asks for fresh ones before an ICE restart.
 */
public final class TurnCredentialMaker {

    /** The longest lifetime handed out; a stolen credential is worthless after it. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(10);

    private final byte[] secret;
    private final Duration lifetime;
    private final List<String> urls;

    public TurnCredentialMaker(String secret, Duration lifetime, List<String> urls) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the TURN secret is empty");
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("TURN credentials live more than 0 and at most " + MAX_LIFETIME.toSeconds() + " s");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.lifetime = lifetime;
        this.urls = List.copyOf(urls);
    }

    /** Credentials for the call, good from {@code now} for the configured lifetime. */
    public TurnCredentials issue(UUID callId, Instant now) {
        Instant expiry = Instant.ofEpochSecond(now.plus(lifetime).getEpochSecond());
        return signed(expiry.getEpochSecond() + ":" + callId, expiry);
    }

    /** Credentials for exactly this username (which must carry its own expiry): what {@link #issue} signs. */
    public TurnCredentials signed(String username, Instant expiry) {
        return new TurnCredentials(username, password(username), expiry, urls);
    }

    private String password(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every JDK", e);
        }
    }
}
