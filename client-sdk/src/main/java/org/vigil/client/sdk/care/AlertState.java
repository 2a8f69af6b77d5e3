package org.vigil.client.sdk.care;

import java.time.Instant;

/** An alert as the server answers an acknowledgement or a snooze. */
public record AlertState(String id, String patientId, String condition, String severity, String state, String message, Instant raisedAt) {
}
