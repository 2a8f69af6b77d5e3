package org.vigil.it.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * User + system CPU time of a process and all its descendants ({@code /proc/PID/stat} fields 14
 * and 15), in clock ticks: what a server whose launcher script forks the JVM really spends.
 */
final class ProcessTreeCpu {

    static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private ProcessTreeCpu() {
    }

    static long ticks(long pid) {
        ProcessHandle root = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        return Stream.concat(Stream.of(root), root.descendants()).mapToLong(p -> own(p.pid())).sum();
    }

    private static long own(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (NoSuchFileException gone) {
            return 0; // ended between listing and reading
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
