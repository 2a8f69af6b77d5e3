package org.vigil.push.delivery;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

/**
 * Two seconds after each round ends: retries what failed when its backoff is over, re-sends what a
 * device did not acknowledge in time, and expires what nobody took. Rounds never overlap (fixed
 * delay), and nothing is kept in memory: a restarted server finds the due deliveries in the database.
 */
@Singleton
@Startup
public class RetryTimer {

    private static final int BATCH = 200;

    @EJB
    DeliveryDispatcher dispatcher;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> rounds;

    @PostConstruct
    void start() {
        rounds = scheduler.scheduleWithFixedDelay(this::retryDue, 5, 2, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        rounds.cancel(false);
    }

    void retryDue() {
        try {
            for (UUID id : dispatcher.due(Instant.now(), BATCH)) {
                try {
                    dispatcher.attempt(id);
                } catch (RuntimeException e) {
                    // another node or an acknowledgement changed it meanwhile; next round sees the result
                }
            }
        } catch (RuntimeException e) {
            // the database is unreachable or the deployment is stopping: the next round tries again
        }
    }
}
