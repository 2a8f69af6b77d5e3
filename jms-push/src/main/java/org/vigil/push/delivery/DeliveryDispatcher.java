package org.vigil.push.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.push.domain.Delivery;
import org.vigil.push.domain.DeliveryStatus;
import org.vigil.push.domain.PushMessage;

/**
 * Tries deliveries, each in a transaction of its own, and keeps their state: the one place that
 * turns a channel's {@link DeliveryResult} into a receipt, a retry, or a dead letter.
 */
@Stateless
public class DeliveryDispatcher {

    /** How long an offline endpoint waits before the timer looks again (a reconnect is quicker). */
    private static final Duration OFFLINE_RECHECK = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "push")
    EntityManager em;

    @Inject
    PushChannels channels;

    @Inject
    PushCounters counters;

    @Inject
    DeadLetterQueue deadLetters;

    @Inject
    @ConfigProperty(name = "vigil.push.ack-timeout-seconds", defaultValue = "30")
    int ackTimeoutSeconds;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attempt(UUID deliveryId) {
        Delivery delivery = em.find(Delivery.class, deliveryId);
        if (delivery == null || !delivery.isOpen()) {
            return;
        }
        PushMessage message = em.find(PushMessage.class, delivery.messageId());
        Instant now = Instant.now();
        if (message.isExpiredAt(now)) {
            delivery.expired();
            counters.expired(delivery.channel());
            return;
        }
        Optional<PushChannel> channel = channels.named(delivery.channel());
        DeliveryResult result = channel.isEmpty()
                ? new DeliveryResult.Failed("the " + delivery.channel() + " channel is not enabled on this server")
                : channel.get().deliver(delivery.endpoint(), message);
        record(delivery, message, result, now);
    }

    private void record(Delivery delivery, PushMessage message, DeliveryResult result, Instant now) {
        String channel = delivery.channel();
        if (result instanceof DeliveryResult.Sent) {
            delivery.sent(now, Duration.ofSeconds(ackTimeoutSeconds));
            counters.sent(channel);
        } else if (result instanceof DeliveryResult.Accepted) {
            delivery.acknowledged(now);
            counters.sent(channel);
            counters.acknowledged(channel);
        } else if (result instanceof DeliveryResult.Offline) {
            // look again at expiry at the latest, so that the receipt and the counter say expired on time
            Instant recheck = now.plus(OFFLINE_RECHECK);
            delivery.waitForEndpoint(recheck.isAfter(message.expiresAt()) ? message.expiresAt() : recheck);
        } else if (result instanceof DeliveryResult.Failed failed) {
            delivery.failed(failed.error(), now);
            counters.failed(channel);
            parkIfDead(delivery, message);
        } else if (result instanceof DeliveryResult.Refused refused) {
            delivery.abandoned(refused.error());
            counters.failed(channel);
            parkIfDead(delivery, message);
        }
    }

    private void parkIfDead(Delivery delivery, PushMessage message) {
        if (delivery.status() == DeliveryStatus.DEAD) {
            deadLetters.park(message.notification(), delivery.channel(), delivery.endpoint(), delivery.lastError());
            counters.deadLettered(delivery.channel());
        }
    }

    /** A device acknowledged a message on its connection; false when no such delivery is open. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acknowledge(String channel, String endpoint, String messageId) {
        List<Delivery> found = em.createQuery("select d from Delivery d where d.messageId = :m and d.channel = :c and d.endpoint = :e",
                        Delivery.class)
                .setParameter("m", messageId).setParameter("c", channel).setParameter("e", endpoint).getResultList();
        if (found.isEmpty() || found.get(0).status() == DeliveryStatus.ACKNOWLEDGED) {
            return !found.isEmpty();
        }
        found.get(0).acknowledged(Instant.now());
        counters.acknowledged(channel);
        return true;
    }

    /** Open deliveries of one endpoint, oldest message first: what a device that just connected is sent. */
    public List<UUID> openFor(String channel, String endpoint) {
        return em.createQuery("select d.id from Delivery d, PushMessage m where m.messageId = d.messageId"
                        + " and d.channel = :c and d.endpoint = :e and d.status in :open order by m.receivedAt", UUID.class)
                .setParameter("c", channel).setParameter("e", endpoint)
                .setParameter("open", List.of(DeliveryStatus.PENDING, DeliveryStatus.SENT)).getResultList();
    }

    /** Open deliveries whose next attempt (a retry, or a re-send after no acknowledgement) is due. */
    public List<UUID> due(Instant now, int max) {
        return em.createQuery("select d.id from Delivery d where d.status in :open and d.nextAttemptAt <= :now order by d.nextAttemptAt",
                        UUID.class)
                .setParameter("open", List.of(DeliveryStatus.PENDING, DeliveryStatus.SENT)).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }
}
