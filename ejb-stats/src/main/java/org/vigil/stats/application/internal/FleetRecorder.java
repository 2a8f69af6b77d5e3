package org.vigil.stats.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.vigil.stats.domain.fleet.DeviceReport;
import org.vigil.stats.domain.fleet.DeviceState;
import org.vigil.stats.domain.series.SeriesStore;

/**
 * Stores a report in the caller's transaction: the device's latest state (its row locked, so one
 * device's reports go in one at a time) and its figures in their minute.
 */
@ApplicationScoped
public class FleetRecorder {

    @PersistenceContext(unitName = "stats")
    EntityManager em;

    @Inject
    SeriesStore series;

    public void record(DeviceReport report) {
        DeviceState state = em.find(DeviceState.class, report.deviceId(), LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            em.persist(new DeviceState(report));
            em.flush();
        } else {
            state.take(report);
        }
        series.add(report.deviceId(), report.receivedAt(), report.values());
    }
}
