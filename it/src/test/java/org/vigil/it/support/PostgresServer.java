package org.vigil.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster from Debian's packages, on loopback only, made for one test run
 * and stopped after it. It runs as the {@code postgres} user when the tests run as root, since
 * PostgreSQL refuses to run as root.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "vigil";
    public static final String USER = "vigil";
    public static final String PASSWORD = "vigil-it-" + Long.toHexString(System.nanoTime());

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asRoot = "root".equals(System.getProperty("user.name"));

    private PostgresServer(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    public static PostgresServer start(Path dir, int port) {
        PostgresServer pg = new PostgresServer(findBinaries(), dir, port);
        pg.stopLeftover();
        FileTrees.deleteTree(dir);
        pg.initAndStart();
        return pg;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    private static Path findBinaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Path::compareTo)
                    .orElseThrow();
        } catch (IOException | java.util.NoSuchElementException e) {
            throw new IllegalStateException("PostgreSQL server binaries not found under /usr/lib/postgresql; "
                    + "install Debian's postgresql package (the README's test command does)", e);
        }
    }

    private void initAndStart() {
        try {
            Files.createDirectories(dir);
            Path passwordFile = dir.resolve("pwfile");
            Files.writeString(passwordFile, PASSWORD + "\n");
            if (asRoot) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
            }
            Path data = dir.resolve("data");
            runAsOwner(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                    "--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8"));
            runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("postgresql.log").toString(),
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "-w", "-t", "60", "start"));
            Map<String, String> password = Map.of("PGPASSWORD", PASSWORD);
            run(List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, DATABASE), password);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare " + dir, e);
        }
    }

    private void stopLeftover() {
        Path data = dir.resolve("data");
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
            } catch (IllegalStateException alreadyGone) {
                // a stale pid file from a crashed run: nothing to stop
            }
        }
    }

    private boolean stopped;

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"));
    }

    private void runAsOwner(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private void run(List<String> command) {
        run(command, Map.of());
    }

    private void run(List<String> command, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
