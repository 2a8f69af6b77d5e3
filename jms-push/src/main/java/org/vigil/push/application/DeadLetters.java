package org.vigil.push.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;
import org.vigil.platform.push.PushNotification;
import org.vigil.platform.push.PushQueue;
import org.vigil.push.delivery.DeadLetterQueue;

/**
 * The admins' view of the push server's dead letters: list them, put one back on the push queue
 * (its given-up deliveries start over), or drop it. The dead-letter queue is shared with other
 * queues; only messages parked by the push server or coming from the push queue are shown here.
 */
@Stateless
public class DeadLetters {

    private static final Pattern BROKER_ID = Pattern.compile("ID:[0-9a-fA-F-]{1,64}");
    // Artemis names the address a message was dead-lettered from in this property
    private static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    private static final int MAX_LISTED = 500;

    @Inject
    JMSContext jms;

    @Resource(lookup = DeadLetterQueue.QUEUE)
    Queue deadLetters;

    @Resource(lookup = PushQueue.QUEUE)
    Queue push;

    @EJB
    AuditTrail audit;

    public List<DeadLetterView> list() {
        List<DeadLetterView> views = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            for (Object each : Collections.list(browser.getEnumeration())) {
                Message message = (Message) each;
                if (isPush(message)) {
                    views.add(view(message));
                }
                if (views.size() >= MAX_LISTED) {
                    break;
                }
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse the dead-letter queue", e);
        }
        return views;
    }

    /** @return false when no push dead letter has that id */
    public boolean retry(String id) {
        Optional<Message> taken = take(id);
        if (taken.isEmpty()) {
            return false;
        }
        try {
            PushNotification notification = PushQueue.read((MapMessage) taken.get());
            MapMessage again = jms.createMapMessage();
            again.setString(PushQueue.MESSAGE_ID, notification.messageId());
            again.setString(PushQueue.RECIPIENT, notification.recipient());
            again.setString(PushQueue.KIND, notification.kind());
            again.setString(PushQueue.PAYLOAD, notification.payload());
            again.setLong(PushQueue.EXPIRES_AT, notification.expiresAt().toEpochMilli());
            jms.createProducer().send(push, again);
            return true;
        } catch (JMSException | RuntimeException e) {
            throw new NotRetryableException(id);
        }
    }

    /** @return false when no push dead letter has that id */
    public boolean drop(String id) {
        return take(id).isPresent();
    }

    /** {@link #list}, for a caller of the admin API: refused unless {@link AdminAuthorization} lets them administer. */
    public List<DeadLetterView> list(Caller caller) {
        AdminAuthorization.require(caller);
        return list();
    }

    /** {@link #retry}, for a caller of the admin API; a retry that happened is audited. */
    public boolean retry(Caller caller, String id) {
        String admin = AdminAuthorization.require(caller);
        boolean retried = retry(id);
        if (retried) {
            audit.record(admin, "push.dead-letter.retry", "jms:" + id, AuditEvent.Outcome.SUCCESS, caller.address(), null);
        }
        return retried;
    }

    /** {@link #drop}, for a caller of the admin API; a drop that happened is audited. */
    public boolean drop(Caller caller, String id) {
        String admin = AdminAuthorization.require(caller);
        boolean dropped = drop(id);
        if (dropped) {
            audit.record(admin, "push.dead-letter.drop", "jms:" + id, AuditEvent.Outcome.SUCCESS, caller.address(), null);
        }
        return dropped;
    }

    private Optional<Message> take(String id) {
        if (id == null || !BROKER_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        // the id is checked above, so it cannot change the selector's meaning
        try (JMSConsumer consumer = jms.createConsumer(deadLetters, "JMSMessageID = '" + id + "'")) {
            Message message = consumer.receive(2000);
            if (message == null) {
                return Optional.empty();
            }
            if (!isPush(message)) {
                throw new NotRetryableException(id);
            }
            return Optional.of(message);
        }
    }

    private static boolean isPush(Message message) {
        try {
            return DeadLetterQueue.PUSH.equals(message.getStringProperty(DeadLetterQueue.ORIGIN))
                    || String.valueOf(message.getObjectProperty(ORIGINAL_ADDRESS)).endsWith("vigil.push");
        } catch (JMSException e) {
            return false;
        }
    }

    private static DeadLetterView view(Message message) throws JMSException {
        MapMessage map = message instanceof MapMessage m ? m : null;
        String reason = message.getStringProperty(DeadLetterQueue.REASON);
        return new DeadLetterView(message.getJMSMessageID(),
                map == null ? null : map.getString(PushQueue.MESSAGE_ID),
                map == null ? null : map.getString(PushQueue.RECIPIENT),
                map == null ? null : map.getString(PushQueue.KIND),
                map != null && map.itemExists(PushQueue.EXPIRES_AT) ? Instant.ofEpochMilli(map.getLong(PushQueue.EXPIRES_AT)) : null,
                message.getStringProperty(DeadLetterQueue.CHANNEL),
                message.getStringProperty(DeadLetterQueue.ENDPOINT),
                reason == null ? "redelivery exhausted" : reason,
                message.getJMSTimestamp() == 0 ? null : Instant.ofEpochMilli(message.getJMSTimestamp()));
    }
}
