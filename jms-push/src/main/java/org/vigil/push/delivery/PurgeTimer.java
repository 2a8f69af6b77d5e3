package org.vigil.push.delivery;

import java.time.Duration;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Purges push messages once they are past their expiry plus a retention
 * ({@code vigil.push.retention-seconds}, a week by default: how long senders can still read
 * their receipts), every {@code vigil.push.purge-interval-seconds} (an hour by default), on the
 * same managed scheduler as the retry rounds.
 */
@Singleton
@Startup
public class PurgeTimer {

    private static final Logger LOG = Logger.getLogger(PurgeTimer.class.getName());

    @EJB
    PushPurge purge;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "vigil.push.retention-seconds", defaultValue = "604800")
    long retentionSeconds;

    @Inject
    @ConfigProperty(name = "vigil.push.purge-interval-seconds", defaultValue = "3600")
    long intervalSeconds;

    private ScheduledFuture<?> rounds;

    @PostConstruct
    void start() {
        long interval = Math.max(1, intervalSeconds);
        rounds = scheduler.scheduleWithFixedDelay(this::purgeExpired, interval, interval, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        rounds.cancel(false);
    }

    void purgeExpired() {
        try {
            int purged = purge.expiredBefore(cutoff(Instant.now(), Duration.ofSeconds(retentionSeconds)));
            if (purged > 0) {
                LOG.fine(() -> "purged " + purged + " expired push messages");
            }
        } catch (RuntimeException e) {
            // the database is unreachable or the deployment is stopping: the next round tries again
            LOG.log(Level.FINE, "push purge round failed", e);
        }
    }

    /** A negative retention is read as none: a message is never purged before it expires. */
    static Instant cutoff(Instant now, Duration retention) {
        return now.minus(retention.isNegative() ? Duration.ZERO : retention);
    }
}
