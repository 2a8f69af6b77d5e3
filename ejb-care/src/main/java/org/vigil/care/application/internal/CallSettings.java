package org.vigil.care.application.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.vigil.care.domain.call.TurnCredentialMaker;

/**
 * What a site sets for video calls (MicroProfile Config, so {@code VIGIL_...} environment variables
 * too): how long a call rings before it is missed, {@code vigil.care.call.ring-seconds} (30); the
 * TURN servers, {@code vigil.turn.urls} (comma-separated {@code turn:}/{@code turns:} URLs), their
 * shared secret {@code vigil.turn.secret} (coturn's {@code static-auth-secret}; a placeholder is
 * refused at start outside demo mode) and the credentials' lifetime {@code vigil.turn.ttl-seconds}
 * (600, at most 600). Without a secret or URLs, calls get no TURN server.
 */
@ApplicationScoped
public class CallSettings {

    public Duration ringTime() {
        return Duration.ofSeconds(config().getOptionalValue("vigil.care.call.ring-seconds", Long.class).orElse(30L));
    }

    public Optional<TurnCredentialMaker> turn() {
        Config config = config();
        Optional<String> secret = config.getOptionalValue("vigil.turn.secret", String.class).filter(s -> !s.isBlank());
        List<String> urls = config.getOptionalValue("vigil.turn.urls", String.class).stream()
                .flatMap(s -> Arrays.stream(s.split(","))).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (secret.isEmpty() || urls.isEmpty()) {
            return Optional.empty();
        }
        Duration lifetime = Duration.ofSeconds(config.getOptionalValue("vigil.turn.ttl-seconds", Long.class)
                .orElse(TurnCredentialMaker.MAX_LIFETIME.toSeconds()));
        return Optional.of(new TurnCredentialMaker(secret.get(), lifetime, urls));
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
