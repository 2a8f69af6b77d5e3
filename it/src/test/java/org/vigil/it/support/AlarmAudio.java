package org.vigil.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the test JVM plays through ALSA, captured in a file: the station's alarm reaches the
 * operating system's audio layer as it would on a workstation, and the test reads the samples.
 * <p>
 * This machine and CI have no sound card. Failsafe starts the test JVM with
 * {@code ALSA_CONFIG_PATH} = ALSA's own {@code alsa.conf} followed by the file named by the system
 * property {@value #CONFIG_PROPERTY}; that file does not exist unless a test writes it, so the other
 * tests see no sound device, as before. While it exists, ALSA's {@code default} PCM is its {@code file}
 * plugin: every sample written to it goes to a raw file (the PCM's own format, here 8-bit signed mono
 * at 8 kHz: one byte a sample), then to the {@code null} PCM, which consumes it at the sample rate like
 * a card would. ALSA rereads the configuration files when they change, and Java Sound lists the
 * devices afresh on every {@code AudioSystem.getSourceDataLine}, so a station already running sees the
 * device appear. The file plugin keeps the PCM's buffer (here one beep) before writing it out, and
 * writes the rest when the line closes. With {@code truncate false} it never overwrites: each time the
 * station opens the line (each alarm episode) it writes a new file, {@code alarm.raw}, then
 * {@code alarm.raw.0001}, {@code alarm.raw.0002}, ...; the capture is all of them in that order.
 */
public final class AlarmAudio implements AutoCloseable {

    public static final String CONFIG_PROPERTY = "vigil.it.alsa-config";

    private static final String NAME = "alarm.raw";

    private final Path config;
    private final Path dir;

    private AlarmAudio(Path config, Path dir) {
        this.config = config;
        this.dir = dir;
    }

    /** Points ALSA's default PCM at {@code dir/alarm.raw*} until {@link #close()}. */
    public static AlarmAudio capture(Path dir) {
        String named = System.getProperty(CONFIG_PROPERTY);
        String path = System.getenv("ALSA_CONFIG_PATH");
        if (named == null || path == null || !Arrays.asList(path.split(":")).contains(named)) {
            throw new IllegalStateException("the test JVM needs ALSA_CONFIG_PATH naming -D" + CONFIG_PROPERTY + " (it/pom.xml's failsafe "
                    + "configuration sets both); ALSA_CONFIG_PATH is " + path + ", the property " + named);
        }
        try {
            Path absolute = dir.toAbsolutePath();
            Files.createDirectories(absolute);
            AlarmAudio audio = new AlarmAudio(Path.of(named), absolute);
            for (Path earlier : audio.files()) {
                Files.delete(earlier);
            }
            Files.createDirectories(audio.config.getParent());
            Files.writeString(audio.config, """
                    # written by the station tests (AlarmAudio): ALSA's default PCM writes raw samples to files
                    pcm.!default {
                        type file
                        slave.pcm "null"
                        file "%s"
                        format "raw"
                        truncate false
                    }
                    """.formatted(absolute.resolve(NAME)));
            return audio;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files ALSA wrote, in the order it wrote them ({@code alarm.raw}, {@code alarm.raw.0001}, ...). */
    private List<Path> files() {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.filter(p -> p.getFileName().toString().matches("alarm\\.raw(\\.\\d{4})?")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many samples ALSA has written so far, in all files. */
    public long size() {
        long n = 0;
        for (Path f : files()) {
            try {
                n += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }

    /** The samples written from {@code offset} on (signed 8-bit), the files one after the other. */
    public byte[] from(long offset) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Path f : files()) {
            try {
                all.writeBytes(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        byte[] bytes = all.toByteArray();
        return Arrays.copyOfRange(bytes, (int) Math.min(offset, bytes.length), bytes.length);
    }

    /** Waits until the samples written from {@code offset} on satisfy {@code wanted}; @return them */
    public byte[] await(long offset, Predicate<byte[]> wanted, String what, Duration within) {
        Instant deadline = Instant.now().plus(within);
        byte[] seen = new byte[0];
        while (Instant.now().isBefore(deadline)) {
            seen = from(offset);
            if (wanted.test(seen)) {
                return seen;
            }
            StationDriver.pause(100);
        }
        throw new AssertionError("ALSA was never given " + what + " within " + within + "; " + seen.length + " samples since, read as "
                + AlarmTone.describe(seen));
    }

    /**
     * Waits until nothing has been written for {@code silence} (longer than one beep and its pause,
     * so a tone still playing would have added samples); @return the size then
     */
    public long awaitQuiet(Duration silence, Duration within) {
        Instant deadline = Instant.now().plus(within);
        long size = size();
        Instant changed = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            StationDriver.pause(50);
            long now = size();
            if (now != size) {
                size = now;
                changed = Instant.now();
            } else if (Duration.between(changed, Instant.now()).compareTo(silence) >= 0) {
                return size;
            }
        }
        throw new AssertionError("ALSA was still given samples " + within + " later (" + size() + " in all)");
    }

    /**
     * Watches the file for {@code window} (several beep periods: a tone would have reached the file by
     * then) and fails as soon as anything is written after {@code offset}.
     */
    public void assertNothingFor(long offset, Duration window) {
        Instant end = Instant.now().plus(window);
        while (Instant.now().isBefore(end)) {
            long now = size();
            if (now != offset) {
                throw new AssertionError("ALSA was given " + (now - offset) + " samples, read as " + AlarmTone.describe(from(offset)));
            }
            StationDriver.pause(50);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Takes the device away again: the tests after this one see no sound device, as before. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
