package org.vigil.stats.application;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.vigil.stats.domain.fleet.Metric;

/**
 * The body of {@code POST /api/v1/stats/reports}: one flat JSON object. A gateway sends its
 * {@code HealthReport} as it builds it ({@code at}, {@code uptimeSeconds}, {@code outboxDepth},
 * {@code outboxCapacity}, {@code rejected}, {@code shed}, {@code delivered},
 * {@code uploadFailuresInARow}, {@code devices[].batteryPercent}, {@code cpuCelsius}); a station
 * or KYC terminal {@code at}, {@code uptimeSeconds}, {@code signedIn}, {@code assignedPatients},
 * {@code cpuCelsius}. Every member is optional; unknown members are ignored; a member of the
 * wrong type is refused by name.
 */
public final class HealthReportFormat {

    private static final Map<String, Metric> NUMBERS = Map.of(
            "uptimeSeconds", Metric.UPTIME_SECONDS,
            "outboxDepth", Metric.OUTBOX_DEPTH,
            "outboxCapacity", Metric.OUTBOX_CAPACITY,
            "rejected", Metric.REJECTED,
            "shed", Metric.SHED,
            "delivered", Metric.DELIVERED,
            "uploadFailuresInARow", Metric.UPLOAD_FAILURES_IN_A_ROW,
            "cpuCelsius", Metric.CPU_CELSIUS,
            "assignedPatients", Metric.ASSIGNED_PATIENTS);

    private HealthReportFormat() {
    }

    public static HealthReportInput parse(String body) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw StatsRefusal.invalid("body", "one JSON object");
        }
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        NUMBERS.forEach((member, metric) -> number(json, member).ifPresent(v -> values.put(metric, v)));
        if (json.containsKey("signedIn") && !json.isNull("signedIn")) {
            JsonValue signedIn = json.get("signedIn");
            if (signedIn != JsonValue.TRUE && signedIn != JsonValue.FALSE) {
                throw StatsRefusal.invalid("signedIn", "true or false");
            }
            values.put(Metric.SIGNED_IN, signedIn == JsonValue.TRUE ? 1.0 : 0.0);
        }
        if (json.containsKey("devices") && !json.isNull("devices")) {
            if (json.get("devices").getValueType() != JsonValue.ValueType.ARRAY) {
                throw StatsRefusal.invalid("devices", "a list");
            }
            var devices = json.getJsonArray("devices");
            values.put(Metric.DEVICES_HEARD, (double) devices.size());
            devices.stream().filter(d -> d.getValueType() == JsonValue.ValueType.OBJECT)
                    .map(d -> number(d.asJsonObject(), "devices[].batteryPercent")).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).min()
                    .ifPresent(v -> values.put(Metric.BATTERY_MIN_PERCENT, v));
        }
        return new HealthReportInput(at(json), values, json.toString());
    }

    private static Instant at(JsonObject json) {
        if (!json.containsKey("at") || json.isNull("at")) {
            return null;
        }
        if (!(json.get("at") instanceof JsonString s)) {
            throw StatsRefusal.invalid("at", "an ISO-8601 instant");
        }
        try {
            return Instant.parse(s.getString());
        } catch (DateTimeParseException e) {
            throw StatsRefusal.invalid("at", "an ISO-8601 instant");
        }
    }

    /** A member named {@code devices[].x} is read as {@code x} of the device object. */
    private static OptionalDouble number(JsonObject json, String member) {
        String key = member.startsWith("devices[].") ? member.substring("devices[].".length()) : member;
        if (!json.containsKey(key) || json.isNull(key)) {
            return OptionalDouble.empty();
        }
        if (!(json.get(key) instanceof JsonNumber n)) {
            throw StatsRefusal.invalid(member, "a number");
        }
        return OptionalDouble.of(n.doubleValue());
    }
}
