package org.vigil.push.websocket;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.vigil.identity.application.AuthenticatorService;
import org.vigil.push.delivery.DeliveryResult;
import org.vigil.push.delivery.PushChannel;
import org.vigil.push.domain.PushMessage;

/**
 * Each enrolled authenticator of the recipient is an endpoint; it is reached while it keeps
 * {@code /ws/push} open on this node, and acknowledges what it got.
 */
@ApplicationScoped
public class WebSocketChannel implements PushChannel {

    public static final String NAME = "websocket";

    @EJB
    AuthenticatorService authenticators;

    @EJB
    DeviceSessions sessions;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> endpointsOf(UUID accountId) {
        return authenticators.activeAuthenticatorIds(accountId).stream().map(UUID::toString).toList();
    }

    @Override
    public DeliveryResult deliver(String endpoint, PushMessage message) {
        String frame = PushFrames.message(message);
        boolean sent = false;
        for (DeviceConnection connection : sessions.of(endpoint)) {
            sent |= connection.send(frame);
        }
        return sent ? DeliveryResult.sent() : DeliveryResult.offline();
    }
}
