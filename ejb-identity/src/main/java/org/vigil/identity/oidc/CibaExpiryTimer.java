package org.vigil.identity.oidc;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Announces when a ping or push request's time ran out, so that {@link CibaNotifier} tells its client (push: an
 * {@code expired_token} error delivery; ping: a ping, after which the token endpoint answers {@code expired_token}).
 * It only keeps time: it reacts to {@link CibaRequestStarted} and fires {@link CibaDeadlinePassed}, knowing neither
 * the service that started the request nor the notifier. The timer lives in memory: after a restart the client learns
 * of the expiry when it polls.
 */
@ApplicationScoped
public class CibaExpiryTimer {

    // the managed scheduler: tasks run with the application's context, and stop with it
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ScheduledExecutorService scheduler;

    @Inject
    Event<CibaDeadlinePassed> deadlinePassed;

    void onStarted(@Observes CibaRequestStarted started) {
        long delay = Duration.between(java.time.Instant.now(), started.expiresAt()).plusSeconds(1).toMillis();
        scheduler.schedule(() -> deadlinePassed.fire(new CibaDeadlinePassed(started.approvalId())), delay, TimeUnit.MILLISECONDS);
    }
}
