package org.vigil.care.domain.call;

import java.time.Instant;
import java.util.List;

/**
 * Short-lived credentials for a TURN server in coturn's {@code use-auth-secret} mode (the "TURN
 * REST API" draft): the server checks them with the shared secret alone, so nothing is stored.
 *
 * @param username   {@code <expiry unix seconds>:<call id>}
 * @param credential base64(HMAC-SHA1(secret, username))
 * @param expiresAt  when coturn stops accepting them
 * @param urls       the TURN servers they are good for
 */
public record TurnCredentials(String username, String credential, Instant expiresAt, List<String> urls) {

    public TurnCredentials {
        urls = List.copyOf(urls);
    }
}
