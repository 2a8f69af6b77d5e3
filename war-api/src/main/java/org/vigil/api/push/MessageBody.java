package org.vigil.api.push;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;

/** What an application asks to push to one of its users. */
public record MessageBody(@NotNull String recipient, @NotNull String title, String body, JsonObject data, Long ttlSeconds) {
}
