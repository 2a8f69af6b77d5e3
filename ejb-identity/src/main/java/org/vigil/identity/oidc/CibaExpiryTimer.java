package org.vigil.identity.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import java.util.concurrent.ScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells a ping or push client when its request expired undecided (push: an {@code expired_token}
 * error delivery; ping: a ping, after which the token endpoint answers {@code expired_token}).
 * The timer lives in memory: after a restart the client learns of the expiry when it polls.
 */
@ApplicationScoped
public class CibaExpiryTimer {

    // the managed scheduler: tasks run with the application's context, and stop with it
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ScheduledExecutorService scheduler;

    @Inject
    CibaNotifier notifier;

    void notifyAfter(UUID approvalId, Instant expiresAt) {
        long delay = Duration.between(Instant.now(), expiresAt).plusSeconds(1).toMillis();
        scheduler.schedule(() -> notifier.deliver(approvalId), delay, TimeUnit.MILLISECONDS);
    }
}
