package org.vigil.stats.application.internal;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.vigil.stats.application.StatsSettings;
import org.vigil.stats.domain.series.Resolution;
import org.vigil.stats.domain.series.Rollup;
import org.vigil.stats.domain.series.RollupMark;
import org.vigil.stats.domain.series.SeriesStore;

/**
 * Folds finished minutes into hours and finished hours into days, from where the last run
 * stopped (a node that was down catches up, at most {@value #MAX_STEPS} buckets a run), and
 * deletes buckets past their resolution's retention.
 */
@Stateless
public class Rollups {

    static final int MAX_STEPS = 48;

    @PersistenceContext(unitName = "stats")
    EntityManager em;

    @Inject
    SeriesStore series;

    @Inject
    StatsSettings settings;

    public void advance() {
        Instant now = Instant.now();
        rollInto(Resolution.HOUR, now);
        rollInto(Resolution.DAY, now);
        series.deleteBefore(Resolution.MINUTE, now.minus(settings.keepMinuteBuckets()));
        series.deleteBefore(Resolution.HOUR, now.minus(settings.keepHourBuckets()));
        series.deleteBefore(Resolution.DAY, now.minus(settings.keepDayBuckets()));
    }

    private void rollInto(Resolution target, Instant now) {
        Resolution finer = target == Resolution.HOUR ? Resolution.MINUTE : Resolution.HOUR;
        RollupMark mark = em.find(RollupMark.class, target.name(), LockModeType.PESSIMISTIC_WRITE);
        Instant current = target.bucketOf(now);
        if (mark == null) {
            // nothing was rolled up before the first run: start with the bucket in progress
            em.persist(new RollupMark(target.name(), current));
            return;
        }
        for (int step = 0; step < MAX_STEPS && mark.doneUntil().isBefore(current); step++) {
            Instant from = mark.doneUntil();
            Instant to = from.plus(target.width());
            series.insert(Rollup.of(series.between(finer, from, to), target));
            mark.advanceTo(to);
        }
    }
}
