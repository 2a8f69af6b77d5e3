package org.vigil.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A private PostgreSQL cluster from Debian's packages, on loopback only. It runs as the {@code postgres}
 * user when the tests run as root, since PostgreSQL refuses to run as root. It fails, never skips, when it
 * cannot start: SQL meant for PostgreSQL must be proven on PostgreSQL.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "vigil";
    public static final String USER = "vigil";
    /** One per test JVM: the clusters live only as long as the run. */
    public static final String PASSWORD = "vigil-test-" + Long.toHexString(System.nanoTime());

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean temporary;
    private final boolean asRoot = "root".equals(System.getProperty("user.name"));
    private boolean stopped;

    private PostgresServer(Path bin, Path dir, int port, boolean temporary) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.temporary = temporary;
    }

    /** A cluster in a temporary directory on a free port, deleted when it is closed (a module's unit tests). */
    public static PostgresServer start() {
        try {
            PostgresServer pg = new PostgresServer(findBinaries(), Files.createTempDirectory("vigil-pg"), freePort(), true);
            pg.initAndStart();
            return pg;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare a PostgreSQL directory", e);
        }
    }

    /**
     * A cluster in {@code dir} on {@code port}, kept after it stops so its log can be read (the system tests); one left
     * running by a crashed run is stopped and replaced.
     */
    public static PostgresServer start(Path dir, int port) {
        PostgresServer pg = new PostgresServer(findBinaries(), dir, port, false);
        pg.stopLeftover();
        deleteTree(dir);
        pg.initAndStart();
        return pg;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(DATABASE);
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        return ds;
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"));
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
    }

    private static Path findBinaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        } catch (IOException | NoSuchElementException e) {
            throw new IllegalStateException("PostgreSQL server binaries not found under /usr/lib/postgresql; "
                    + "install Debian's postgresql package (the README's test command does)", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void initAndStart() {
        try {
            Files.createDirectories(dir);
            Path passwordFile = dir.resolve("pwfile");
            Files.writeString(passwordFile, PASSWORD + "\n");
            if (asRoot) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()), Map.of());
            }
            Path data = dir.resolve("data");
            runAsOwner(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                    "--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8"));
            runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("postgresql.log").toString(),
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "-w", "-t", "60", "start"));
            run(List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, DATABASE),
                    Map.of("PGPASSWORD", PASSWORD));
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

    private void runAsOwner(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, Map.of());
    }

    private static void run(List<String> command, Map<String, String> env) {
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

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
