package org.vigil.stats.application.internal;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.vigil.stats.application.StatsSettings;
import org.vigil.stats.domain.fleet.Metric;

/**
 * The stats server's clock ({@code VIGIL_STATS_CHECK_SECONDS}, a minute by default): each tick
 * samples this node, checks the operations alerts and advances the rollups, each in its own
 * transaction so that one failing leaves the others done.
 */
@Singleton
@Startup
public class OperationsWatch {

    private static final Logger LOG = Logger.getLogger(OperationsWatch.class.getName());

    @Resource
    TimerService timers;

    @Inject
    StatsSettings settings;

    @EJB
    ServerSampler sampler;

    @EJB
    OperationsAlerting alerting;

    @EJB
    Rollups rollups;

    private final ServerFigures figures = new ServerFigures();

    @PostConstruct
    void start() {
        long every = settings.checkEvery().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("stats-clock", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        Map<Metric, Double> now = figures.read();
        run("sampling this server", () -> sampler.sample(now));
        run("checking operations alerts", () -> alerting.check(now.getOrDefault(Metric.DEAD_LETTERS, 0.0).longValue()));
        run("rolling up figures", rollups::advance);
    }

    private static void run(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed; the next tick tries again", e);
        }
    }
}
