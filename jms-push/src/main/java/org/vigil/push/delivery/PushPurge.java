package org.vigil.push.delivery;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Forgets messages that expired before a cutoff: their deliveries (the receipts), the message
 * and, for application messages, who sent it. Only expired messages qualify, so nothing that can
 * still be delivered is ever lost.
 */
@Stateless
public class PushPurge {

    @PersistenceContext(unitName = "push")
    EntityManager em;

    /** @return how many messages were forgotten */
    public int expiredBefore(Instant cutoff) {
        em.createQuery("delete from Delivery d where d.messageId in"
                        + " (select m.messageId from PushMessage m where m.expiresAt < :cutoff)")
                .setParameter("cutoff", cutoff).executeUpdate();
        int messages = em.createQuery("delete from PushMessage m where m.expiresAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        em.createQuery("delete from SentMessage s where s.expiresAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
        return messages;
    }
}
