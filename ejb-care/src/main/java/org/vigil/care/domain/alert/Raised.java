package org.vigil.care.domain.alert;

/** A newly raised alert with the event that records it. */
public record Raised(Alert alert, AlertEvent event) {
}
