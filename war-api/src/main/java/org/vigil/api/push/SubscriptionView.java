package org.vigil.api.push;

import java.time.Instant;

import org.vigil.push.domain.WebPushSubscription;

/** A registered subscription; its keys are not echoed back. */
public record SubscriptionView(String id, String endpoint, String authenticatorId, Instant createdAt) {

    static SubscriptionView of(WebPushSubscription s) {
        return new SubscriptionView(s.id().toString(), s.endpoint(), s.authenticatorId().toString(), s.createdAt());
    }
}
