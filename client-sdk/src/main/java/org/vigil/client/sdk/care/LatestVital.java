package org.vigil.client.sdk.care;

import java.time.Instant;

/** One kind's newest value: a tile's line. */
public record LatestVital(String kind, double value, String unit, Instant measuredAt) {
}
