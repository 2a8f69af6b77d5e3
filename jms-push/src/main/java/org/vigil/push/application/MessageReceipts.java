package org.vigil.push.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.push.domain.Delivery;
import org.vigil.push.domain.ReceiptState;
import org.vigil.push.domain.SentMessage;

/**
 * Delivery receipts for the applications that send through the send API. A message the push
 * consumer has not taken off the queue yet has a receipt with no endpoints.
 */
@Stateless
public class MessageReceipts {

    @PersistenceContext(unitName = "push")
    EntityManager em;

    public MessageReceipt of(String clientId, String messageId) {
        SentMessage sent = messageId == null || messageId.length() > 64 ? null : em.find(SentMessage.class, messageId);
        if (sent == null || !sent.clientId().equals(clientId)) {
            throw new UnknownMessageException(messageId);
        }
        List<MessageReceipt.Endpoint> endpoints = em.createQuery(
                        "select d from Delivery d where d.messageId = :m order by d.channel, d.id", Delivery.class)
                .setParameter("m", messageId).getResultList().stream()
                .map(d -> new MessageReceipt.Endpoint(d.channel(), ReceiptState.of(d.status(), d.attempts()).word(), d.attempts(),
                        d.sentAt(), d.acknowledgedAt()))
                .toList();
        return new MessageReceipt(sent.messageId(), sent.recipient(), sent.sentAt(), sent.expiresAt(), endpoints);
    }
}
