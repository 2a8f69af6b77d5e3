package org.vigil.client.gateway.kiosk;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Who is calling, in the words the patient reads on the kiosk, from the ring ({@code incoming}):
 * the person's name and role and the station's name as the server sends them ({@code callerName},
 * {@code stationName}), "Dr Anna Meyer, Ward 3 station"; the role alone when the name is unknown.
 */
public final class CallerText {

    private CallerText() {
    }

    public static String of(JsonNode incoming) {
        String role = incoming.path("callerRole").asText("");
        String name = incoming.path("callerName").asText("");
        String station = incoming.path("stationName").asText("");
        String who;
        if (!name.isBlank()) {
            who = ("doctor".equals(role) ? "Dr " : "nurse".equals(role) ? "Nurse " : "") + name;
        } else {
            who = switch (role) {
                case "doctor" -> "Your doctor";
                case "nurse" -> "Your nurse";
                default -> "Your care team";
            };
        }
        return who + (station.isBlank() ? "" : ", " + station);
    }
}
