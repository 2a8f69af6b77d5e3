package org.vigil.push.websocket;

import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.vigil.push.delivery.DeliveryDispatcher;

/**
 * What the {@code /ws/push} endpoint tells the push server: a device (already authenticated by
 * the endpoint) connected, acknowledged a message, or went away.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PushDevices {

    @EJB
    DeviceSessions sessions;

    @EJB
    DeliveryDispatcher dispatcher;

    /** Registers the connection and sends it everything still open for the device, oldest first. */
    public void connected(String authenticatorId, DeviceConnection connection) {
        sessions.add(authenticatorId, connection);
        for (UUID delivery : dispatcher.openFor(WebSocketChannel.NAME, authenticatorId)) {
            try {
                dispatcher.attempt(delivery);
            } catch (EJBException e) {
                // raced with the retry round: once more, now that the round's attempt committed
                try {
                    dispatcher.attempt(delivery);
                } catch (EJBException again) {
                    // still contended; the open delivery is not lost, the next round sends it
                }
            }
        }
    }

    /** @return false when the device has no such message */
    public boolean acknowledged(String authenticatorId, String messageId) {
        try {
            return dispatcher.acknowledge(WebSocketChannel.NAME, authenticatorId, messageId);
        } catch (EJBException e) {
            // an attempt on the same delivery committed first: the acknowledgement still holds
            return dispatcher.acknowledge(WebSocketChannel.NAME, authenticatorId, messageId);
        }
    }

    public void disconnected(String authenticatorId, DeviceConnection connection) {
        sessions.remove(authenticatorId, connection);
    }
}
