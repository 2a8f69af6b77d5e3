package org.vigil.client.station.monitor;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.vigil.client.sdk.care.StationMessage;

/**
 * The patients this station watches, and what the feed says about them. Plain state on the FX
 * thread: {@link #apply} takes one feed message and says whether the tiles must be redrawn.
 */
public final class Ward {

    private final Map<String, PatientWatch> patients = new LinkedHashMap<>();

    /** The assignment set from a {@code ready}: adds and removes tiles. @return the patients newly watched */
    public List<String> assigned(Set<String> now) {
        patients.keySet().removeIf(id -> !now.contains(id));
        List<String> added = now.stream().filter(id -> !patients.containsKey(id)).sorted().toList();
        added.forEach(id -> patients.put(id, new PatientWatch(id)));
        return added;
    }

    public Optional<PatientWatch> patient(String id) {
        return Optional.ofNullable(patients.get(id));
    }

    /** @return what changed: the patient added (to load), removed, or touched */
    public Change apply(StationMessage m) {
        String id = m.patientId();
        switch (m.type()) {
            case "assigned" -> {
                if (!patients.containsKey(id)) {
                    patients.put(id, new PatientWatch(id));
                    return new Change(Change.Kind.ADDED, id, Optional.empty());
                }
                return new Change(Change.Kind.NONE, id, Optional.empty());
            }
            case "released" -> {
                return patients.remove(id) == null ? new Change(Change.Kind.NONE, id, Optional.empty())
                        : new Change(Change.Kind.REMOVED, id, Optional.empty());
            }
            case "observations" -> {
                PatientWatch p = patients.get(id);
                if (p == null) {
                    return new Change(Change.Kind.NONE, id, Optional.empty());
                }
                for (JsonNode o : m.data().path("observations")) {
                    p.arrived(o.path("measurementId").asText());
                    p.observe(o.path("kind").asText(), o.path("value").asDouble(), o.path("unit").asText(), Instant.parse(o.path("measuredAt").asText()));
                }
                return new Change(Change.Kind.VALUES, id, Optional.empty());
            }
            case "alert" -> {
                PatientWatch p = patients.get(id);
                if (p == null) {
                    return new Change(Change.Kind.NONE, id, Optional.empty());
                }
                JsonNode d = m.data();
                OpenAlert alert = new OpenAlert(d.path("alertId").asText(), id, d.path("condition").asText(), d.path("severity").asText(),
                        d.path("state").asText(), d.path("message").asText(), Instant.parse(d.path("at").asText()));
                p.alertStep(alert);
                return new Change(Change.Kind.ALERT, id, Optional.of(alert));
            }
            default -> {
                return new Change(Change.Kind.NONE, id, Optional.empty());
            }
        }
    }

    /** Tiles in the order people should look at them: alarms and high NEWS2 first, then by name. */
    public List<PatientWatch> inOrder() {
        return patients.values().stream()
                .sorted(Comparator.comparingInt(PatientWatch::priority).reversed().thenComparing(PatientWatch::name))
                .toList();
    }

    public int size() {
        return patients.size();
    }

    /** What one feed message did to the ward. */
    public record Change(Kind kind, String patientId, Optional<OpenAlert> alert) {
        public enum Kind { NONE, ADDED, REMOVED, VALUES, ALERT }
    }
}
