package org.vigil.push.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.platform.push.PushNotification;
import org.vigil.push.delivery.PushChannel;
import org.vigil.push.delivery.PushChannels;
import org.vigil.push.domain.Delivery;
import org.vigil.push.domain.PushMessage;

/**
 * Stores a notification with one delivery per endpoint of the recipient, in the consumer's
 * transaction, so the queue message is acknowledged only together with the stored state. The
 * same message id a second time (an admin's retry from the dead-letter queue) re-arms the
 * deliveries that were given up, and creates none twice.
 */
@Stateless
public class PushInbox {

    @PersistenceContext(unitName = "push")
    EntityManager em;

    @Inject
    PushChannels channels;

    /** @return the deliveries to try now */
    public List<UUID> accept(PushNotification notification) {
        Instant now = Instant.now();
        PushMessage known = em.find(PushMessage.class, notification.messageId());
        if (known != null) {
            return rearm(known, now);
        }
        em.persist(new PushMessage(notification, now));
        UUID account = UUID.fromString(notification.recipient());
        List<UUID> deliveries = new ArrayList<>();
        for (PushChannel channel : channels.enabled()) {
            for (String endpoint : channel.endpointsOf(account)) {
                Delivery delivery = new Delivery(notification.messageId(), channel.name(), endpoint, now);
                em.persist(delivery);
                deliveries.add(delivery.id());
            }
        }
        return deliveries;
    }

    private List<UUID> rearm(PushMessage message, Instant now) {
        List<Delivery> deliveries = em.createQuery("select d from Delivery d where d.messageId = :m", Delivery.class)
                .setParameter("m", message.messageId()).getResultList();
        deliveries.forEach(d -> d.rearm(now));
        return deliveries.stream().filter(Delivery::isOpen).map(Delivery::id).toList();
    }
}
