package org.vigil.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The provisioned WildFly, started for one test run with its own base directory (a copy of the
 * provisioned {@code standalone/}) and a port offset, the EAR deployed through the deployment
 * scanner. The base directory stays after the run, logs included, for reading.
 */
public final class WildFlyServer implements AutoCloseable {

    /**
     * A quiet 2-core machine deploys in about a minute; several checkouts testing side by side on
     * the same cores took over four. {@code -Dvigil.it.deploy-timeout-minutes} changes it.
     */
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(Integer.getInteger("vigil.it.deploy-timeout-minutes", 10));
    private static final String EAR_NAME = "vigil.ear";

    private final ItSettings settings;
    private final Path base;
    private final Map<String, String> environment;
    private volatile Process process;
    private int launches;

    private WildFlyServer(ItSettings settings, Path base, Map<String, String> environment) {
        this.settings = settings;
        this.base = base;
        this.environment = Map.copyOf(environment);
    }

    /** Starts the server with the given extra environment and waits until the EAR is deployed. */
    public static WildFlyServer start(ItSettings settings, Map<String, String> environment) {
        Path base = settings.work().resolve("standalone");
        stopLeftover(settings.work().resolve("server.pid"), base);
        FileTrees.deleteTree(base);
        FileTrees.copyTree(settings.jbossHome().resolve("standalone/configuration"), base.resolve("configuration"));
        try {
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(settings.ear(), base.resolve("deployments").resolve(EAR_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WildFlyServer server = new WildFlyServer(settings, base, environment);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-wildfly"));
        server.launch();
        return server;
    }

    /**
     * Ends the server as a power cut or the OOM killer would: SIGKILL to the launch script and the
     * JVM at once, no shutdown hooks, nothing flushed. The base directory and database stay.
     */
    public synchronized void kill() {
        ProcessTree.kill(process.toHandle());
    }

    /** Whether the server's process is alive (a killed one is not until {@link #restart()}). */
    public synchronized boolean running() {
        return process.isAlive();
    }

    /** Starts the server again on the same base directory and data, and waits until the EAR is deployed again. */
    public synchronized void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("the server is still running: kill() or close() it first");
        }
        // the markers describe the previous process; the scanner deploys the EAR anew without them
        try (var markers = Files.list(base.resolve("deployments"))) {
            for (Path marker : markers.filter(p -> p.getFileName().toString().startsWith(EAR_NAME + ".")).toList()) {
                Files.delete(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        launch();
    }

    private void launch() {
        try {
            launches++;
            Path console = settings.work().resolve(launches == 1 ? "console.log" : "console-" + launches + ".log");
            ProcessBuilder pb = new ProcessBuilder(
                    settings.jbossHome().resolve("bin/standalone.sh").toString(),
                    "-c", "standalone-full.xml",
                    "-Djboss.server.base.dir=" + base,
                    "-Djboss.socket.binding.port-offset=" + settings.portOffset(),
                    "-Djboss.node.name=it-" + settings.database(),
                    // WildFly's own patience with a boot (300 s by default) follows the harness's
                    "-Djboss.as.management.blocking.timeout=" + DEPLOY_TIMEOUT.toSeconds())
                    .redirectErrorStream(true)
                    .redirectOutput(console.toFile());
            pb.environment().put("JBOSS_HOME", settings.jbossHome().toString());
            pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
            pb.environment().putAll(environment);
            process = pb.start();
            Files.writeString(settings.work().resolve("server.pid"), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitDeployment();
    }

    /** Where this server keeps its data: the H2 database lives under {@code data/vigil}. */
    public Path baseDir() {
        return base;
    }

    private static void stopLeftover(Path pidFile, Path base) {
        if (Files.exists(pidFile)) {
            try {
                ProcessTree.terminateLeftover(Long.parseLong(Files.readString(pidFile).trim()), "standalone.sh");
            } catch (IOException | NumberFormatException e) {
                // no usable pid: nothing to stop
            }
        }
    }

    private void awaitDeployment() {
        awaitDeployment(EAR_NAME);
    }

    /** Deploys another archive next to Vigil (through the scanner) and waits until it is up. */
    public void deploy(String name, byte[] archive) {
        try {
            Path deployments = base.resolve("deployments");
            Files.deleteIfExists(deployments.resolve(name + ".deployed"));
            Path staged = Files.write(settings.work().resolve(name), archive);
            Files.move(staged, deployments.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitDeployment(name);
    }

    private void awaitDeployment(String name) {
        Path deployments = base.resolve("deployments");
        Instant deadline = Instant.now().plus(DEPLOY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(deployments.resolve(name + ".deployed"))) {
                return;
            }
            Path failed = deployments.resolve(name + ".failed");
            if (Files.exists(failed)) {
                throw new IllegalStateException("deployment failed: " + read(failed) + "\nsee " + serverLog());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + "; see " + serverLog());
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException("not deployed within " + DEPLOY_TIMEOUT + "; see " + serverLog());
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + settings.httpPort() + "/");
    }

    public URI httpsUrl() {
        return URI.create("https://localhost:" + settings.httpsPort() + "/");
    }

    public URI managementUrl() {
        return URI.create("http://localhost:" + settings.managementPort() + "/");
    }

    public String managementController() {
        return "localhost:" + settings.managementPort();
    }

    public Path jbossHome() {
        return settings.jbossHome();
    }

    public Path serverLog() {
        return base.resolve("log/server.log");
    }

    public ItSettings settings() {
        return settings;
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            ProcessTree.terminate(process.toHandle(), 60);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
