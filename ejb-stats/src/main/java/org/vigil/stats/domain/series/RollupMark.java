package org.vigil.stats.domain.series;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How far a periodic job has got: the rollups into hours and days, and the alert check. Its row
 * is also the job's lock, so in a cluster one node at a time does it.
 */
@Entity
@Table(name = "stats_rollup_mark")
public class RollupMark {

    public static final String ALERTS = "ALERTS";

    @Id
    @Column(length = 8)
    private String resolution;

    @Column(name = "done_until", nullable = false)
    private Instant doneUntil;

    protected RollupMark() {
        // for JPA
    }

    public RollupMark(String job, Instant doneUntil) {
        this.resolution = job;
        this.doneUntil = doneUntil;
    }

    public Instant doneUntil() {
        return doneUntil;
    }

    public void advanceTo(Instant t) {
        doneUntil = t;
    }
}
