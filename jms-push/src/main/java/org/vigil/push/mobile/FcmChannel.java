package org.vigil.push.mobile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.push.delivery.DeliveryResult;
import org.vigil.push.delivery.OptionalChannel;
import org.vigil.push.domain.PushMessage;

/**
 * Firebase Cloud Messaging (and, behind it, APNs for iOS apps) — a placeholder until the native
 * authenticator apps exist. Without {@code vigil.push.fcm.credentials} it takes no part; with
 * credentials it refuses to start rather than pretend to deliver: the HTTP v1 sender (OAuth
 * service-account token, {@code projects/*}/messages:send) is not written yet.
 */
@ApplicationScoped
public class FcmChannel implements OptionalChannel {

    public static final String NAME = "fcm";

    @Inject
    @ConfigProperty(name = "vigil.push.fcm.credentials")
    Optional<String> credentials;

    @PostConstruct
    void refuseToFakeDelivery() {
        if (enabled()) {
            throw new IllegalStateException("vigil.push.fcm.credentials is set, but FCM/APNs delivery is not implemented yet;"
                    + " unset it (devices still get WebSocket and Web Push)");
        }
    }

    @Override
    public boolean enabled() {
        return credentials.filter(c -> !c.isBlank()).isPresent();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> endpointsOf(UUID accountId) {
        return List.of();
    }

    @Override
    public DeliveryResult deliver(String endpoint, PushMessage message) {
        return new DeliveryResult.Refused("FCM delivery is not implemented");
    }
}
