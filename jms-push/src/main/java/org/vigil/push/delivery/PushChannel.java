package org.vigil.push.delivery;

import java.util.List;
import java.util.UUID;

import org.vigil.push.domain.PushMessage;

/**
 * One way of reaching a person's devices (WebSocket, Web Push, FCM/APNs). The dispatcher keeps
 * the delivery state; a channel only names the recipient's endpoints and tries one of them.
 */
public interface PushChannel {

    /** Stored with each delivery, shown in metrics: {@code websocket}, {@code web-push}, ... */
    String name();

    /** The recipient's endpoints on this channel when a message arrives (ids of at most 64 characters). */
    List<String> endpointsOf(UUID accountId);

    /** One attempt; must not throw for a failure of the endpoint, only report it. */
    DeliveryResult deliver(String endpoint, PushMessage message);
}
