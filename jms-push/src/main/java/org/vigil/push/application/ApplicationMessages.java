package org.vigil.push.application;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.oidc.ConsentRegistry;
import org.vigil.platform.push.PushNotification;
import org.vigil.platform.push.PushQueue;
import org.vigil.push.domain.SentMessage;

/**
 * External applications push to their own users: only to a person who consented to the client,
 * always as kind {@code app-message} with the client named, so an application can never pose as
 * Vigil (an {@code approval-request}) or as another application.
 */
@Stateless
public class ApplicationMessages {

    public static final String KIND = "app-message";
    static final Duration MAX_TTL = Duration.ofDays(7);

    @EJB
    ConsentRegistry consents;

    @Inject
    PushQueue queue;

    @PersistenceContext(unitName = "push")
    EntityManager em;

    /** @return the message id, for the application's own deduplication and receipts */
    public String send(String clientId, String recipient, String title, String body, JsonObject data, Duration ttl) {
        UUID account;
        try {
            account = UUID.fromString(recipient == null ? "" : recipient);
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException("recipient", "recipient must be the person's subject (sub) as the application got it.");
        }
        if (title == null || title.isBlank() || title.length() > 100) {
            throw new InvalidMessageException("title", "title must be 1 to 100 characters.");
        }
        if (body != null && body.length() > 1000) {
            throw new InvalidMessageException("body", "body must be at most 1000 characters.");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
            throw new InvalidMessageException("ttlSeconds", "ttlSeconds must be from 1 to " + MAX_TTL.toSeconds() + ".");
        }
        var payload = Json.createObjectBuilder().add("from", clientId).add("title", title);
        if (body != null) {
            payload.add("body", body);
        }
        if (data != null) {
            payload.add("data", data);
        }
        String json = payload.build().toString();
        if (json.length() > NotificationCheck.MAX_PAYLOAD) {
            throw new InvalidMessageException("data", "The message is too long for Web Push; keep it under "
                    + NotificationCheck.MAX_PAYLOAD + " characters.");
        }
        if (!consents.hasConsented(account, clientId)) {
            throw new NoConsentException();
        }
        Instant now = Instant.now();
        PushNotification notification = PushNotification.of(recipient, KIND, json, now.plus(ttl));
        // the receipt's owner, in the same transaction as the queue message
        em.persist(new SentMessage(notification.messageId(), clientId, recipient, now, notification.expiresAt()));
        queue.send(notification);
        return notification.messageId();
    }
}
