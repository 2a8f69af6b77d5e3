package org.vigil.stats.domain.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vigil.stats.domain.fleet.DeviceKind;
import org.vigil.stats.domain.fleet.DeviceState;
import org.vigil.stats.domain.fleet.Metric;

/** Which operations alerts hold now, from the devices' latest states and the server's own facts. */
public final class AlertRules {

    private final AlertSettings settings;

    public AlertRules(AlertSettings settings) {
        this.settings = settings;
    }

    public List<AlertCondition> evaluate(List<DeviceState> devices, long deadLetters, List<CertificateValidity> certificates, Instant now) {
        List<AlertCondition> holding = new ArrayList<>();
        for (DeviceState device : devices) {
            Map<Metric, Double> latest = device.latest();
            if (device.kind() == DeviceKind.GATEWAY && device.silentFor(now).compareTo(settings.gatewaySilence()) > 0) {
                holding.add(new AlertCondition(AlertKind.GATEWAY_OFFLINE, device.deviceId(), "Gateway " + device.deviceId()
                        + " has not reported since " + device.lastReportAt() + " (" + minutes(device.silentFor(now)) + ")."));
            }
            Double battery = latest.get(Metric.BATTERY_MIN_PERCENT);
            if (battery != null && battery < settings.batteryFloorPercent()) {
                holding.add(new AlertCondition(AlertKind.BATTERY_LOW, device.deviceId(), "A device of " + device.deviceId()
                        + " is at " + Math.round(battery) + " % battery."));
            }
            if (device.outboxGrowthStreak() >= settings.outboxGrowthReports()) {
                holding.add(new AlertCondition(AlertKind.OUTBOX_GROWING, device.deviceId(), "The outbox of " + device.deviceId()
                        + " grew in " + device.outboxGrowthStreak() + " reports in a row, to " + Math.round(latest.getOrDefault(Metric.OUTBOX_DEPTH, 0.0))
                        + " measurements."));
            }
            Double assigned = latest.get(Metric.ASSIGNED_PATIENTS);
            Double signedIn = latest.get(Metric.SIGNED_IN);
            if (device.kind() == DeviceKind.STATION && assigned != null && assigned > 0 && signedIn != null && signedIn < 1) {
                holding.add(new AlertCondition(AlertKind.STATION_UNATTENDED, device.deviceId(), "Station " + device.deviceId() + " watches "
                        + Math.round(assigned) + " patient(s) and nobody is signed in."));
            }
        }
        if (deadLetters > 0) {
            holding.add(new AlertCondition(AlertKind.DEAD_LETTERS, "vigil.dead-letters", deadLetters
                    + " message(s) on the dead-letter queue: see Push dead letters."));
        }
        for (CertificateValidity certificate : certificates) {
            Duration left = Duration.between(now, certificate.notAfter());
            if (left.compareTo(settings.certificateWarning()) < 0) {
                holding.add(new AlertCondition(AlertKind.CERTIFICATE_EXPIRING, certificate.name(), "The certificate " + certificate.name()
                        + (left.isNegative() ? " expired on " : " expires on ") + certificate.notAfter() + "."));
            }
        }
        return holding;
    }

    private static String minutes(Duration d) {
        return d.toMinutes() >= 1 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }
}
