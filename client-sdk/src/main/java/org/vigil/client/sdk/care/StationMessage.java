package org.vigil.client.sdk.care;

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
}
