package org.vigil.push.websocket;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.vigil.push.domain.PushMessage;

/**
 * The JSON frames of {@code /ws/push} (docs/push-protocol.md). The server sends {@code ready},
 * {@code message} and {@code error}; the device sends {@code authenticate} and {@code ack}.
 */
public final class PushFrames {

    private PushFrames() {
    }

    public static String message(PushMessage m) {
        return messageObject(m).toString();
    }

    /** The notification as a device reads it, on any channel: Web Push encrypts this same object. */
    public static JsonObject messageObject(PushMessage m) {
        JsonObject payload;
        try (JsonReader reader = Json.createReader(new StringReader(m.payload()))) {
            payload = reader.readObject();
        }
        return Json.createObjectBuilder()
                .add("type", "message")
                .add("id", m.messageId())
                .add("kind", m.kind())
                .add("payload", payload)
                .add("expiresAt", m.expiresAt().toString())
                .build();
    }

    public static String ready(String authenticatorId) {
        return Json.createObjectBuilder().add("type", "ready").add("authenticatorId", authenticatorId).build().toString();
    }

    public static String error(String detail) {
        return Json.createObjectBuilder().add("type", "error").add("detail", detail).build().toString();
    }
}
