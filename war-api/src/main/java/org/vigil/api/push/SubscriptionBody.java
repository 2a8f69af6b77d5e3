package org.vigil.api.push;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A browser's {@code PushSubscription.toJSON()}, as the Push API gives it. */
public record SubscriptionBody(@NotNull String endpoint, Long expirationTime, @NotNull @Valid Keys keys) {

    public record Keys(@NotNull String p256dh, @NotNull String auth) {
    }
}
