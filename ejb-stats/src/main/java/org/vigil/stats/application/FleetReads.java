package org.vigil.stats.application;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Local;

import org.vigil.platform.access.Caller;
import org.vigil.stats.domain.fleet.Metric;

/** The fleet's health for admins: latest states, histories, operations alerts. Callers authorize, or use the methods that take a {@link Caller}. */
@Local
public interface FleetReads {

    /** Every device and server node that ever reported, by kind and id. */
    List<DeviceView> devices();

    Optional<DeviceView> device(String deviceId);

    /**
     * One figure of one device over the last {@code range}: minute buckets up to six hours,
     * hour buckets up to two weeks, day buckets beyond.
     */
    List<SeriesPoint> history(String deviceId, Metric metric, Duration range);

    List<AlertView> openAlerts();

    /** The latest alerts, open or cleared, newest first. */
    List<AlertView> recentAlerts(int limit);

    /** {@link #devices}, for a caller of the admin API: refused unless {@link org.vigil.platform.access.AdminAuthorization} lets them administer. */
    List<DeviceView> devices(Caller caller);

    /** {@link #openAlerts}, for a caller of the admin API. */
    List<AlertView> openAlerts(Caller caller);
}
