package org.vigil.client.gateway.health;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.vigil.client.gateway.intake.DeviceSeen;

/**
 * How the gateway is doing, at one moment: what it logs locally now, and the body it will send
 * to the stats API once that exists. Counts are since the gateway started, except the outbox's,
 * which are kept in the outbox and survive restarts.
 *
 * @param uptime          since this gateway process started
 * @param outboxDepth     measurements waiting for upload
 * @param outboxCapacity  the most it holds before shedding
 * @param rejected        measurements the server refused, ever (kept aside in the outbox)
 * @param shed            measurements dropped to stay within capacity, ever
 * @param delivered       measurements the server acknowledged since start
 * @param lastUpload      when the server last acknowledged a batch
 * @param failuresInARow  upload attempts that failed since the last success
 * @param devices         BLE devices heard from since start, with their last battery level
 * @param cpuCelsius      where the board exposes it
 */
public record HealthReport(Instant at, Duration uptime, long outboxDepth, long outboxCapacity, long rejected, long shed,
                           long delivered, Optional<Instant> lastUpload, int failuresInARow, List<DeviceSeen> devices,
                           OptionalDouble cpuCelsius) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public HealthReport {
        devices = List.copyOf(devices);
    }

    /** One JSON object, flat apart from the device list: a structured log line and the later POST body alike. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", at.toString());
        json.put("uptimeSeconds", uptime.toSeconds());
        json.put("outboxDepth", outboxDepth);
        json.put("outboxCapacity", outboxCapacity);
        json.put("rejected", rejected);
        json.put("shed", shed);
        json.put("delivered", delivered);
        json.put("lastUpload", lastUpload.map(Instant::toString).orElse(null));
        json.put("uploadFailuresInARow", failuresInARow);
        json.put("devices", devices.stream().map(HealthReport::device).toList());
        json.put("cpuCelsius", cpuCelsius.isPresent() ? cpuCelsius.getAsDouble() : null);
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serialises", e);
        }
    }

    private static Map<String, Object> device(DeviceSeen d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("address", d.address());
        json.put("lastSeen", d.lastSeen().toString());
        json.put("batteryPercent", d.batteryPercent().isPresent() ? d.batteryPercent().getAsInt() : null);
        return json;
    }
}
