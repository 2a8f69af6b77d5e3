package org.vigil.care.domain.series;

import java.time.Instant;

/** One chart point: the values of a kind measured in [{@code start}, start + width). */
public record Bucket(Instant start, double min, double avg, double max, long count) {
}
