package org.vigil.push.delivery;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.Queue;

import org.vigil.platform.push.PushNotification;
import org.vigil.platform.push.PushQueue;

/**
 * Parks what the push server gave up on, on {@code vigil.dead-letters}, in the caller's
 * transaction: a delivery that ran out of attempts, or a queue message that can never be read.
 * Artemis parks messages there by itself too, when the consumer keeps failing on one.
 */
@ApplicationScoped
public class DeadLetterQueue {

    public static final String QUEUE = "java:/jms/queue/vigil/dead-letters";
    /** Marks the dead letters the push server parked itself. */
    public static final String ORIGIN = "vigilOrigin";
    public static final String PUSH = "push";
    public static final String REASON = "vigilReason";
    public static final String CHANNEL = "vigilChannel";
    public static final String ENDPOINT = "vigilEndpoint";

    @Inject
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    public void park(PushNotification notification, String channel, String endpoint, String reason) {
        MapMessage message = jms.createMapMessage();
        try {
            message.setString(PushQueue.MESSAGE_ID, notification.messageId());
            message.setString(PushQueue.RECIPIENT, notification.recipient());
            message.setString(PushQueue.KIND, notification.kind());
            message.setString(PushQueue.PAYLOAD, notification.payload());
            message.setLong(PushQueue.EXPIRES_AT, notification.expiresAt().toEpochMilli());
            message.setStringProperty(CHANNEL, channel);
            message.setStringProperty(ENDPOINT, endpoint);
        } catch (JMSException e) {
            throw new IllegalStateException("could not build the dead letter", e);
        }
        send(message, reason);
    }

    /** A queue message that is not a push notification: kept as it came, with the reason. */
    public void parkUnreadable(Message original, String reason) {
        MapMessage copy = jms.createMapMessage();
        try {
            if (original instanceof MapMessage map) {
                for (var names = map.getMapNames(); names.hasMoreElements(); ) {
                    String name = (String) names.nextElement();
                    copy.setObject(name, map.getObject(name));
                }
            }
        } catch (JMSException e) {
            // a body we cannot even copy: the reason still says what arrived
        }
        send(copy, reason);
    }

    private void send(MapMessage message, String reason) {
        try {
            message.setStringProperty(ORIGIN, PUSH);
            message.setStringProperty(REASON, reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), 500)));
        } catch (JMSException e) {
            throw new IllegalStateException("could not mark the dead letter", e);
        }
        jms.createProducer().send(queue, message);
    }
}
