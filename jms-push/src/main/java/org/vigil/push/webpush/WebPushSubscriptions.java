package org.vigil.push.webpush;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.push.domain.WebPushSubscription;

/**
 * The Web Push subscriptions enrolled devices register for their person. The endpoint must be
 * an HTTPS URL of a real push service ({@link PushServices}): the server posts there, so any other
 * URL would invite server-side request forgery into the local network; plain HTTP to loopback is
 * allowed only by configuration (tests).
 */
@Stateless
public class WebPushSubscriptions {

    private static final int P256_POINT = 65;
    private static final int AUTH_SECRET = 16;
    public static final int MAX_PER_ACCOUNT = 20;

    @PersistenceContext(unitName = "push")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "vigil.push.web-push.allow-http-loopback", defaultValue = "false")
    boolean allowHttpLoopback;

    @Inject
    @ConfigProperty(name = "vigil.push.web-push.allowed-hosts", defaultValue = " ")
    String allowedHosts;

    public WebPushSubscription subscribe(UUID accountId, UUID authenticatorId, String endpoint, String p256dh, String auth) {
        checkEndpoint(endpoint);
        checkKey("keys.p256dh", p256dh, P256_POINT);
        checkKey("keys.auth", auth, AUTH_SECRET);
        if (Base64.getUrlDecoder().decode(strip(p256dh))[0] != 0x04) {
            throw new InvalidSubscriptionException("keys.p256dh", "keys.p256dh must be an uncompressed P-256 point.");
        }
        // the same endpoint again (a browser re-subscribing) replaces the old registration
        em.createQuery("delete from WebPushSubscription s where s.accountId = :a and s.endpoint = :e")
                .setParameter("a", accountId).setParameter("e", endpoint).executeUpdate();
        if (ofAccount(accountId).size() >= MAX_PER_ACCOUNT) {
            throw new InvalidSubscriptionException("endpoint", "A person can have at most " + MAX_PER_ACCOUNT + " subscriptions.");
        }
        WebPushSubscription subscription = new WebPushSubscription(accountId, authenticatorId, endpoint, p256dh, auth, Instant.now());
        em.persist(subscription);
        return subscription;
    }

    public List<WebPushSubscription> ofAccount(UUID accountId) {
        return em.createQuery("select s from WebPushSubscription s where s.accountId = :a order by s.createdAt", WebPushSubscription.class)
                .setParameter("a", accountId).getResultList();
    }

    public WebPushSubscription find(UUID id) {
        return em.find(WebPushSubscription.class, id);
    }

    public void remove(UUID accountId, UUID id) {
        WebPushSubscription subscription = em.find(WebPushSubscription.class, id);
        if (subscription == null || !subscription.accountId().equals(accountId)) {
            throw new UnknownSubscriptionException(id.toString());
        }
        em.remove(subscription);
    }

    /** The push service said the subscription is gone. */
    public void forget(UUID id) {
        WebPushSubscription subscription = em.find(WebPushSubscription.class, id);
        if (subscription != null) {
            em.remove(subscription);
        }
    }

    private void checkEndpoint(String endpoint) {
        if (endpoint == null || endpoint.length() > 2000) {
            throw new InvalidSubscriptionException("endpoint", "endpoint must be a URL of at most 2000 characters.");
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new InvalidSubscriptionException("endpoint", "endpoint is not a URL.");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidSubscriptionException("endpoint", "endpoint must be an absolute URL with a host and no user or fragment.");
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean loopbackHttp = "http".equalsIgnoreCase(uri.getScheme())
                && (uri.getHost().equals("127.0.0.1") || uri.getHost().equals("localhost") || uri.getHost().equals("[::1]"));
        if (!https && !(allowHttpLoopback && loopbackHttp)) {
            throw new InvalidSubscriptionException("endpoint", "endpoint must be an https URL.");
        }
        if (https && !PushServices.knownAnd(allowedHosts).allows(uri)) {
            throw new InvalidSubscriptionException("endpoint", "endpoint must be a URL of a known push service"
                    + " (an admin adds others with VIGIL_PUSH_WEB_PUSH_ALLOWED_HOSTS).");
        }
    }

    private static void checkKey(String field, String value, int length) {
        try {
            if (value != null && Base64.getUrlDecoder().decode(strip(value)).length == length) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new InvalidSubscriptionException(field, field + " must be " + length + " bytes in base64url.");
    }

    private static String strip(String base64url) {
        return base64url.replace("=", "");
    }
}
