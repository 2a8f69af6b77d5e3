package org.vigil.stats.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;
import org.vigil.stats.application.AlertView;
import org.vigil.stats.application.DeviceView;
import org.vigil.stats.application.FleetReads;
import org.vigil.stats.application.SeriesPoint;
import org.vigil.stats.application.StatsSettings;
import org.vigil.stats.domain.alert.OperationsAlert;
import org.vigil.stats.domain.fleet.DeviceKind;
import org.vigil.stats.domain.fleet.DeviceState;
import org.vigil.stats.domain.fleet.Metric;
import org.vigil.stats.domain.series.Resolution;
import org.vigil.stats.domain.series.SeriesStore;

@Stateless
public class DefaultFleetReads implements FleetReads {

    @PersistenceContext(unitName = "stats")
    EntityManager em;

    @Inject
    SeriesStore series;

    @Inject
    StatsSettings settings;

    @Override
    public List<DeviceView> devices() {
        Instant now = Instant.now();
        return em.createQuery("select d from DeviceState d", DeviceState.class).getResultStream()
                .map(d -> view(d, now))
                .sorted(Comparator.comparing((DeviceView d) -> d.kind()).thenComparing(DeviceView::deviceId)).toList();
    }

    @Override
    public Optional<DeviceView> device(String deviceId) {
        return Optional.ofNullable(deviceId == null ? null : em.find(DeviceState.class, deviceId)).map(d -> view(d, Instant.now()));
    }

    @Override
    public List<SeriesPoint> history(String deviceId, Metric metric, Duration range) {
        Resolution resolution = range.compareTo(Duration.ofHours(6)) <= 0 ? Resolution.MINUTE
                : range.compareTo(Duration.ofDays(14)) <= 0 ? Resolution.HOUR : Resolution.DAY;
        return series.series(deviceId, metric, resolution, resolution.bucketOf(Instant.now().minus(range))).stream()
                .map(b -> new SeriesPoint(b.start(), b.mean(), b.min(), b.max())).toList();
    }

    @Override
    public List<AlertView> openAlerts() {
        return em.createQuery("select a from OperationsAlert a where a.clearedAt is null order by a.raisedAt desc", OperationsAlert.class)
                .getResultStream().map(DefaultFleetReads::view).toList();
    }

    @Override
    public List<AlertView> recentAlerts(int limit) {
        return em.createQuery("select a from OperationsAlert a order by a.raisedAt desc", OperationsAlert.class)
                .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultStream().map(DefaultFleetReads::view).toList();
    }

    private DeviceView view(DeviceState d, Instant now) {
        Duration limit = d.kind() == DeviceKind.SERVER ? settings.checkEvery().multipliedBy(3) : settings.gatewayOffline();
        return new DeviceView(d.deviceId(), d.kind(), d.firstSeen(), d.lastReportAt(), d.reportedAt(), d.silentFor(now).compareTo(limit) <= 0,
                d.latest(), d.lastReport());
    }

    static AlertView view(OperationsAlert a) {
        return new AlertView(a.id(), a.kind(), a.kind().title(), a.subject(), a.message(), a.raisedAt(), a.clearedAt());
    }

    @Override
    public List<DeviceView> devices(Caller caller) {
        AdminAuthorization.require(caller);
        return devices();
    }

    @Override
    public List<AlertView> openAlerts(Caller caller) {
        AdminAuthorization.require(caller);
        return openAlerts();
    }
}
