package org.vigil.client.sdk.push;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message the push server carried to this device. Delivery is at least once; a
 * {@link PushConnection} hands each id to the application only once.
 *
 * @param kind    e.g. {@code approval-request} (payload: the request as {@code GET /requests} lists it)
 *                or {@code app-message} (payload: {@code from}, {@code title}, {@code body}, {@code data})
 */
public record PushMessage(String id, String kind, JsonNode payload, Instant expiresAt) {
}
