package org.vigil.client.gateway.outbox;

import java.util.Map;

import org.vigil.client.gateway.measurement.Kind;

/**
 * What the outbox holds and what it had to let go: {@code depth} measurements waiting,
 * {@code rejected} measurements the server refused (kept aside, see {@link Outbox#rejected}),
 * and per kind the measurements {@code shed} to stay within {@code capacity}.
 */
public record OutboxStats(long depth, long capacity, long rejected, Map<Kind, Long> shed) {

    public OutboxStats {
        shed = Map.copyOf(shed);
    }
}
