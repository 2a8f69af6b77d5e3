package org.vigil.client.sdk.care;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One message of a station's live feed. Events ({@code observations}, {@code alert},
 * {@code assigned}, {@code released}) have an {@code id} and a {@code patientId}; control
 * messages ({@code ready}, {@code replay-incomplete}) have neither. {@code data} is the event's
 * body, {@code raw} the whole message.
 */
public record StationMessage(Long id, String type, String patientId, JsonNode data, JsonNode raw) {

    public boolean isEvent() {
        return id != null;
    }

    /**
     * One text frame of the feed as the server writes it.
     *
     * @throws IOException when it is not JSON
     */
    public static StationMessage parse(String text) throws IOException {
        JsonNode raw = CareJson.MAPPER.readTree(text);
        if (raw == null) {
            throw new IOException("an empty message");
        }
        Long id = raw.hasNonNull("id") ? raw.get("id").asLong() : null;
        return new StationMessage(id, raw.path("type").asText(), raw.hasNonNull("patientId") ? raw.get("patientId").asText() : null,
                raw.get("data"), raw);
    }
}
