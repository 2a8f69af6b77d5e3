package org.vigil.client.station.ui;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;

/**
 * For the station benchmark only: with {@code -Dvigil.station.paint-log=FILE}, each live value
 * drawn on a tile is written as {@code measurementId arrivedMicros laidOutMicros} (epoch
 * microseconds): when the live link took it off the feed, and the end of the first pulse that laid
 * out its tile's new label (the render thread then paints that frame). Without the property it does
 * nothing; the station never reads the file.
 */
public final class PaintProbe {

    private static final String PROPERTY = "vigil.station.paint-log";

    private final BufferedWriter out;
    private final List<String> pending = new ArrayList<>();
    private boolean listening;

    private PaintProbe(BufferedWriter out) {
        this.out = out;
    }

    /** The probe the system property asks for, or one that does nothing. */
    public static PaintProbe fromSystemProperty() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return new PaintProbe(null);
        }
        try {
            return new PaintProbe(Files.newBufferedWriter(Path.of(file), StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean on() {
        return out != null;
    }

    public static long nowMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    /** A value drawn into its tile on the FX thread; written out after the next layout pulse of {@code scene}. */
    public void drawn(Scene scene, String measurementId, long arrivedMicros) {
        if (out == null || scene == null) {
            return;
        }
        if (!listening) {
            scene.addPostLayoutPulseListener(this::pulsed);
            listening = true;
        }
        pending.add(measurementId + " " + arrivedMicros);
    }

    private void pulsed() {
        if (pending.isEmpty()) {
            return;
        }
        long at = nowMicros();
        try {
            for (String p : pending) {
                out.write(p);
                out.write(' ');
                out.write(Long.toString(at));
                out.newLine();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pending.clear();
    }
}
