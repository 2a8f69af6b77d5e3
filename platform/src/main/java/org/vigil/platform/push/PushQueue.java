package org.vigil.platform.push;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import java.time.Clock;
import java.time.Instant;

/**
 * Puts a notification on the persistent push queue. The injected context joins the caller's JTA
 * transaction, so the message leaves only if the caller's work commits: a rolled-back approval
 * request is never pushed, and a committed one is never lost (Artemis journals it).
 */
@ApplicationScoped
public class PushQueue {

    public static final String QUEUE = "java:/jms/queue/vigil/push";
    public static final String MESSAGE_ID = "messageId";
    public static final String RECIPIENT = "recipient";
    public static final String KIND = "kind";
    public static final String PAYLOAD = "payload";
    public static final String EXPIRES_AT = "expiresAt";

    @Inject
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    private final Clock clock = Clock.systemUTC();

    public void send(PushNotification notification) {
        long ttl = notification.expiresAt().toEpochMilli() - clock.millis();
        if (ttl <= 0) {
            return;
        }
        MapMessage message = jms.createMapMessage();
        try {
            message.setString(MESSAGE_ID, notification.messageId());
            message.setString(RECIPIENT, notification.recipient());
            message.setString(KIND, notification.kind());
            message.setString(PAYLOAD, notification.payload());
            message.setLong(EXPIRES_AT, notification.expiresAt().toEpochMilli());
        } catch (JMSException e) {
            throw new IllegalStateException("could not build the push message", e);
        }
        jms.createProducer().setTimeToLive(ttl).send(queue, message);
    }

    /** Reads back what {@link #send} wrote; the push server's consumer uses it. */
    public static PushNotification read(MapMessage message) throws JMSException {
        return new PushNotification(message.getString(MESSAGE_ID), message.getString(RECIPIENT),
                message.getString(KIND), message.getString(PAYLOAD),
                Instant.ofEpochMilli(message.getLong(EXPIRES_AT)));
    }
}
