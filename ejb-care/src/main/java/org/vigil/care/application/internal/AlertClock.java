package org.vigil.care.application.internal;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

/**
 * The one timer behind everything in care that time alone changes: escalations, snoozes running
 * out, stale-data alarms (see {@link AlertTimer}). One periodic task on the server's managed
 * scheduler rather than an EJB timer per alert: the rules are pure functions of the stored state
 * and the time, so a tick recomputes everything due and nothing is lost across a restart.
 */
@Startup
@Singleton
public class AlertClock {

    private static final Logger LOG = Logger.getLogger(AlertClock.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @EJB
    AlertTimer timer;

    @Inject
    AlertSettings settings;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        long period = settings.clockPeriod().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }

    private void tick() {
        try {
            timer.tick(Instant.now());
        } catch (RuntimeException e) {
            // the next tick recomputes everything due; a failed one only delays
            LOG.log(Level.WARNING, "alert clock tick failed", e);
        }
    }
}
