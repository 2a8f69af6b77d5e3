package org.vigil.identity.oidc;

import java.util.Set;

import com.nimbusds.oauth2.sdk.ciba.BackChannelTokenDeliveryMode;

import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.AccountRole;

/**
 * How a client takes part in CIBA (CIBA Core §4 client metadata, plus Vigil's required roles).
 *
 * @param deliveryMode {@code poll}, {@code ping} or {@code push}
 * @param notificationEndpoint {@code backchannel_client_notification_endpoint}, for ping and push
 * @param requestSigningAlg {@code backchannel_authentication_request_signing_alg}: when set, every
 *                          authentication request of the client must be a JWT signed with it
 * @param userCodeRequired {@code backchannel_user_code_parameter}: the request must carry the person's user_code
 * @param requiredRoles roles the person must hold for the client to receive tokens, e.g. {@code doctor} for a station
 */
public record CibaSettings(BackChannelTokenDeliveryMode deliveryMode, String notificationEndpoint, String requestSigningAlg,
                           boolean userCodeRequired, Set<String> requiredRoles) {

    public static final CibaSettings POLL = new CibaSettings(BackChannelTokenDeliveryMode.POLL, null, null, false, Set.of());
    /** FAPI-CIBA's algorithms; {@code none} and HMAC are never accepted for a request object. */
    public static final Set<String> SIGNING_ALGS = Set.of("ES256", "PS256", "RS256");

    /** What {@code client} stored at registration. */
    public static CibaSettings of(OAuthClient client) {
        return new CibaSettings(mode(client.cibaDeliveryMode()), client.cibaNotificationEndpoint(), client.cibaRequestSigningAlg(),
                client.cibaUserCodeRequired(), client.cibaRequiredRoles());
    }

    /** Stores these (checked) settings in {@code client}. */
    void applyTo(OAuthClient client) {
        client.takePartInCiba(deliveryMode.getValue(), notificationEndpoint, requestSigningAlg, userCodeRequired, requiredRoles);
    }

    public CibaSettings {
        deliveryMode = deliveryMode == null ? BackChannelTokenDeliveryMode.POLL : deliveryMode;
        requiredRoles = requiredRoles == null ? Set.of() : Set.copyOf(requiredRoles);
    }

    /** @throws InvalidFieldException naming the first field that does not fit */
    void validate(boolean allowHttpLoopback, boolean hasKeys) {
        boolean notified = !deliveryMode.equals(BackChannelTokenDeliveryMode.POLL);
        if (notified) {
            NotificationEndpoints.check(notificationEndpoint, allowHttpLoopback)
                    .ifPresent(why -> {
                        throw new InvalidFieldException("backchannelClientNotificationEndpoint", why);
                    });
        } else if (notificationEndpoint != null) {
            throw new InvalidFieldException("backchannelClientNotificationEndpoint", "only for the ping and push delivery modes");
        }
        if (requestSigningAlg != null) {
            if (!SIGNING_ALGS.contains(requestSigningAlg)) {
                throw new InvalidFieldException("backchannelAuthenticationRequestSigningAlg", "one of " + SIGNING_ALGS);
            }
            if (!hasKeys) {
                throw new InvalidFieldException("jwks", "signed authentication requests need the client's public keys");
            }
        }
        for (String role : requiredRoles) {
            if (AccountRole.ofClaim(role).isEmpty()) {
                throw new InvalidFieldException("cibaRequiredRoles", role + " is not a role");
            }
        }
    }

    public static BackChannelTokenDeliveryMode mode(String value) {
        if (value == null) {
            return BackChannelTokenDeliveryMode.POLL;
        }
        return switch (value) {
            case "poll" -> BackChannelTokenDeliveryMode.POLL;
            case "ping" -> BackChannelTokenDeliveryMode.PING;
            case "push" -> BackChannelTokenDeliveryMode.PUSH;
            default -> throw new InvalidFieldException("backchannelTokenDeliveryMode", "poll, ping or push");
        };
    }
}
