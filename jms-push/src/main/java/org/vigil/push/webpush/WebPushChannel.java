package org.vigil.push.webpush;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.zerodeplibs.webpush.PushSubscription;
import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.httpclient.StandardHttpClientRequestPreparer;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.platform.secrets.TokenKeyException;
import org.vigil.push.delivery.DeliveryResult;
import org.vigil.push.delivery.PushChannel;
import org.vigil.push.domain.PushMessage;
import org.vigil.push.domain.WebPushSubscription;
import org.vigil.push.websocket.PushFrames;

/**
 * Web Push (RFC 8030): the message object is encrypted for the subscription (aes128gcm, RFC 8291)
 * and posted to its push service with a VAPID authorization (RFC 8292), both by the
 * zerodep-web-push library on the JDK's crypto. A 201 from the push service is the receipt.
 */
@ApplicationScoped
public class WebPushChannel implements PushChannel {

    public static final String NAME = "web-push";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @EJB
    WebPushSubscriptions subscriptions;

    @EJB
    VapidKeys vapid;

    @Inject
    @ConfigProperty(name = "vigil.push.vapid-subject", defaultValue = "mailto:push@vigil.localhost")
    String vapidSubject;

    // never follows a redirect: the endpoint a device registered is the only place we post to
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> endpointsOf(UUID accountId) {
        return subscriptions.ofAccount(accountId).stream().map(s -> s.id().toString()).toList();
    }

    @Override
    public DeliveryResult deliver(String endpoint, PushMessage message) {
        WebPushSubscription subscription = subscriptions.find(UUID.fromString(endpoint));
        if (subscription == null) {
            return new DeliveryResult.Refused("the subscription was removed");
        }
        long ttl = Math.max(0, Duration.between(Instant.now(), message.expiresAt()).toSeconds());
        VAPIDKeyPair vapidKey;
        try {
            vapidKey = vapid.keyPair();
        } catch (RuntimeException e) {
            // the server's own key (its token unreachable, say), not the subscription: worth retrying
            return new DeliveryResult.Failed("the VAPID key cannot be used: " + e.getMessage());
        }
        HttpRequest request;
        try {
            request = StandardHttpClientRequestPreparer.getBuilder()
                    .pushSubscription(asLibrarySubscription(subscription))
                    .vapidJWTExpiresAfter(12, TimeUnit.HOURS)
                    .vapidJWTSubject(vapidSubject)
                    .pushMessage(PushFrames.message(message))
                    .ttl(ttl, TimeUnit.SECONDS)
                    .urgencyHigh()
                    .build(vapidKey)
                    .toRequestBuilder()
                    .timeout(TIMEOUT)
                    .build();
        } catch (TokenKeyException e) {
            return new DeliveryResult.Failed("the token cannot sign the VAPID JWT: " + e.getMessage());
        } catch (RuntimeException e) {
            return new DeliveryResult.Refused("cannot encrypt for this subscription: " + e.getMessage());
        }
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return outcome(response.statusCode(), subscription);
        } catch (IOException e) {
            return new DeliveryResult.Failed("push service unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.Failed("interrupted");
        }
    }

    private DeliveryResult outcome(int status, WebPushSubscription subscription) {
        if (status >= 200 && status < 300) {
            return DeliveryResult.accepted();
        }
        if (status == 404 || status == 410) {
            // RFC 8030 §7.3: the subscription is gone; the device has to subscribe again
            subscriptions.forget(subscription.id());
            return new DeliveryResult.Refused("the push service no longer knows the subscription (" + status + ")");
        }
        if (status == 429 || status >= 500) {
            return new DeliveryResult.Failed("push service answered " + status);
        }
        return new DeliveryResult.Refused("push service refused the message (" + status + ")");
    }

    private static PushSubscription asLibrarySubscription(WebPushSubscription s) {
        PushSubscription.Keys keys = new PushSubscription.Keys();
        keys.setP256dh(s.p256dh());
        keys.setAuth(s.auth());
        PushSubscription subscription = new PushSubscription();
        subscription.setEndpoint(s.endpoint());
        subscription.setKeys(keys);
        return subscription;
    }
}
