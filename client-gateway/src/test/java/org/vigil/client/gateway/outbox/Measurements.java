package org.vigil.client.gateway.outbox;

import java.time.Instant;
import java.util.UUID;

import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Measurement;

/** Measurements for outbox tests. */
final class Measurements {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00.123456Z");

    private Measurements() {
    }

    static Measurement of(Kind kind, int n) {
        return new Measurement(UUID.randomUUID(), kind, 60 + n % 40, T0.plusSeconds(n), "AA:BB:CC:DD:EE:FF");
    }
}
