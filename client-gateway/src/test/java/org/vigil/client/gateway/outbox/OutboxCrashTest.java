package org.vigil.client.gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.gateway.measurement.Measurement;

/** A writer killed with SIGKILL mid-stream loses nothing it acknowledged and duplicates nothing. */
class OutboxCrashTest {

    @TempDir
    Path dir;

    @Test
    void nothingAcknowledgedIsLostWhenTheProcessIsKilled() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OutboxWriterProcess.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<UUID> stored = new ArrayList<>();
        Set<UUID> removed = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (stored.size() < 500 && (line = out.readLine()) != null) {
                record(line, stored, removed);
            }
            // SIGKILL while it keeps writing; through the handle, which (unlike Process.destroy) leaves our end of the pipe open
            writer.toHandle().destroyForcibly();
            // what it announced before it died is still in the pipe: read it all, up to the end the kill made
            while ((line = out.readLine()) != null) {
                record(line, stored, removed);
            }
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(stored).hasSizeGreaterThanOrEqualTo(500);

        try (Outbox outbox = Outbox.open(dir, 1_000_000)) {
            List<UUID> waiting = outbox.peek(1_000_000).stream().map(Measurement::id).toList();
            List<UUID> expected = stored.stream().filter(id -> !removed.contains(id)).toList();

            assertThat(waiting).doesNotHaveDuplicates();
            assertThat(waiting).doesNotContainAnyElementsOf(removed);
            // The kill can fall between a commit and its line: at most one measurement stored but
            // not yet announced (the newest), and at most one removed but not yet announced (the oldest).
            List<UUID> unannounced = waiting.stream().filter(id -> !stored.contains(id)).toList();
            List<UUID> missing = expected.stream().filter(id -> !waiting.contains(id)).toList();
            assertThat(unannounced).hasSizeLessThanOrEqualTo(1);
            assertThat(missing).isSubsetOf(expected.subList(0, 1));
            assertThat(waiting).containsSequence(expected.subList(missing.size(), expected.size()));
            assertThat(waiting).endsWith(unannounced.toArray(UUID[]::new));
            assertThat(outbox.depth()).isEqualTo(waiting.size());
        }
    }

    /** One announced line; a line the kill cut short announced nothing. */
    private static void record(String line, List<UUID> stored, Set<UUID> removed) {
        int space = line.indexOf(' ');
        if (space < 0 || line.length() - space - 1 != 36) {
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(line.substring(space + 1));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException cutShort) {
            return;
        }
        if (line.startsWith("stored ")) {
            stored.add(id);
        } else if (line.startsWith("removed ")) {
            removed.add(id);
        }
    }
}
