package org.vigil.care.application.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.vigil.care.domain.alert.Alert;
import org.vigil.care.domain.alert.AlertEvent;
import org.vigil.care.domain.assignment.Assignment;
import org.vigil.care.domain.live.LiveEventType;
import org.vigil.care.domain.live.NewLiveEvent;
import org.vigil.care.domain.observation.NewObservation;

/** The JSON stations receive, built once when the event is logged. */
final class LivePayloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LivePayloads() {
    }

    static NewLiveEvent observations(UUID patientId, List<NewObservation> stored, java.time.Instant now) {
        List<Map<String, Object>> items = stored.stream().map(o -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("measurementId", o.measurementId().toString());
            item.put("kind", o.kind().code());
            item.put("value", o.value());
            item.put("unit", o.kind().unit());
            item.put("measuredAt", o.measuredAt().toString());
            if (o.device() != null) {
                item.put("device", o.device());
            }
            return item;
        }).toList();
        return new NewLiveEvent(patientId, null, LiveEventType.OBSERVATIONS, now, write(Map.of("observations", items)));
    }

    static NewLiveEvent alertStep(Alert alert, AlertEvent step) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alertId", alert.id().toString());
        body.put("condition", alert.condition());
        body.put("severity", alert.severity().name().toLowerCase(java.util.Locale.ROOT));
        body.put("state", alert.state().name().toLowerCase(java.util.Locale.ROOT));
        body.put("message", alert.message());
        body.put("step", step.action().name().toLowerCase(java.util.Locale.ROOT));
        body.put("actor", step.actor());
        if (step.reason() != null) {
            body.put("reason", step.reason());
        }
        body.put("at", step.occurredAt().toString());
        return new NewLiveEvent(alert.patientId(), null, LiveEventType.ALERT, step.occurredAt(), write(body));
    }

    static NewLiveEvent assignment(Assignment a, boolean assigned, java.time.Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assignmentId", a.id());
        body.put("stationId", a.stationId().toString());
        return new NewLiveEvent(a.patientId(), a.stationId(), assigned ? LiveEventType.ASSIGNED : LiveEventType.RELEASED, now, write(body));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
