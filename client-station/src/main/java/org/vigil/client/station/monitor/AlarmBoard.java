package org.vigil.client.station.monitor;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The alarms that sound: every urgent or emergency alert raised, worsened, recurred or escalated
 * stays here until it is acknowledged, snoozed, cleared or closed. Nothing leaves silently.
 */
public final class AlarmBoard {

    private final Map<String, OpenAlert> sounding = new LinkedHashMap<>();

    /** @return whether the set of sounding alarms changed */
    public boolean step(OpenAlert alert) {
        if (alert.alarming() && !"acknowledged".equals(alert.state()) && !"closed".equals(alert.state())) {
            return sounding.put(alert.alertId(), alert) == null;
        }
        return sounding.remove(alert.alertId()) != null;
    }

    public void forgetPatient(String patientId) {
        sounding.values().removeIf(a -> a.patientId().equals(patientId));
    }

    /** The alarm the banner shows: the most severe, then the oldest. */
    public Optional<OpenAlert> top() {
        return sounding.values().stream().sorted(Comparator.comparingInt(OpenAlert::rank).reversed().thenComparing(OpenAlert::at)).findFirst();
    }

    public int count() {
        return sounding.size();
    }

    public boolean quiet() {
        return sounding.isEmpty();
    }
}
