package org.vigil.client.gateway.outbox;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Measurement;

/**
 * The child JVM of {@link OutboxCrashTest}: appends measurements one by one and prints each id
 * once {@link Outbox#append} returned (the moment the gateway acknowledges to a device); every
 * tenth, removes the oldest one and prints that too. Runs until killed.
 */
public final class OutboxWriterProcess {

    public static void main(String[] args) throws Exception {
        try (Outbox outbox = Outbox.open(Path.of(args[0]), 1_000_000)) {
            for (int n = 0; ; n++) {
                Measurement m = Measurements.of(n % 3 == 0 ? Kind.SYSTOLIC_PRESSURE : Kind.HEART_RATE, n);
                outbox.append(List.of(m));
                System.out.println("stored " + m.id());
                if (n % 10 == 9) {
                    UUID oldest = outbox.peek(1).get(0).id();
                    outbox.remove(List.of(oldest));
                    System.out.println("removed " + oldest);
                }
                System.out.flush();
            }
        }
    }
}
