package org.vigil.identity.oidc;

import java.io.Serializable;
import java.time.Instant;

/**
 * What Vigil needs to tell a ping or push client about its request once the person decided (or
 * the request expired): the auth_req_id itself (only its hash keys the redemption state), where
 * to call and the client_notification_token to call with. Taken once, so one notification is sent.
 */
public record CibaCallback(String authReqId, String clientId, String mode, String endpoint, String notificationToken,
                           Instant expiresAt) implements Serializable {
}
