package org.vigil.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Whether the values reach the station as they are sent: over the last {@code window} of the
 * station's paint log (lines {@code id arrivedMicros drawnMicros}), at least nine tenths of the
 * offered values arrived, each within {@code maxLagMicros} of its send. Until then the server and
 * the load generator are still warming up (JIT, connection pools) and deliver in bursts, which
 * would measure their catch-up, not the station.
 */
final class SteadyFeed {

    private final Path paintLog;
    private final Map<String, Long> sentMicros;
    private final long windowMicros;
    private final long maxLagMicros;
    private final int valuesPerSecond;

    SteadyFeed(Path paintLog, Map<String, Long> sentMicros, long windowMicros, long maxLagMicros, int valuesPerSecond) {
        this.paintLog = paintLog;
        this.sentMicros = sentMicros;
        this.windowMicros = windowMicros;
        this.maxLagMicros = maxLagMicros;
        this.valuesPerSecond = valuesPerSecond;
    }

    boolean steady(long nowMicros) throws IOException {
        if (!Files.exists(paintLog)) {
            return false;
        }
        List<String> lines = Files.readAllLines(paintLog, StandardCharsets.US_ASCII);
        long from = nowMicros - windowMicros;
        int arrived = 0;
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f.length != 3) {
                continue;
            }
            long arrival = Long.parseLong(f[1]);
            Long sent = sentMicros.get(f[0]);
            if (arrival < from || sent == null) {
                continue;
            }
            if (arrival - sent > maxLagMicros) {
                return false;
            }
            arrived++;
        }
        return arrived >= valuesPerSecond * (windowMicros / 1_000_000) * 9 / 10;
    }
}
