package org.vigil.stats.application;

import java.time.Instant;
import java.util.UUID;

import org.vigil.stats.domain.alert.AlertKind;

/** An operations alert; {@code clearedAt} null while it holds. */
public record AlertView(UUID id, AlertKind kind, String title, String subject, String message, Instant raisedAt, Instant clearedAt) {
}
