package org.vigil.admin.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.admin.security.ConsoleRole;
import org.vigil.admin.security.ConsoleUser;
import org.vigil.stats.application.AlertView;
import org.vigil.stats.application.DeviceView;
import org.vigil.stats.application.FleetReads;
import org.vigil.stats.application.SeriesPoint;
import org.vigil.stats.domain.fleet.Metric;

/** The fleet's health for admins: devices, their histories, operations alerts (reads only). */
@ApplicationScoped
public class FleetFacade {

    @EJB
    FleetReads fleet;

    @Inject
    ConsoleUser user;

    public List<DeviceView> devices() {
        user.require(ConsoleRole.ADMIN);
        return fleet.devices(user.caller());
    }

    public Optional<DeviceView> device(String deviceId) {
        user.require(ConsoleRole.ADMIN);
        return fleet.device(deviceId);
    }

    public List<SeriesPoint> history(String deviceId, Metric metric, Duration range) {
        user.require(ConsoleRole.ADMIN);
        return fleet.history(deviceId, metric, range);
    }

    public List<AlertView> openAlerts() {
        user.require(ConsoleRole.ADMIN);
        return fleet.openAlerts(user.caller());
    }

    public List<AlertView> recentAlerts() {
        user.require(ConsoleRole.ADMIN);
        return fleet.recentAlerts(50);
    }
}
