package org.vigil.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Debian's coturn on loopback, in {@code use-auth-secret} mode with the secret the server signs
 * its TURN credentials with, started and stopped by a test; and {@code turnutils_uclient} (same
 * package) to allocate a relay with given credentials, as an independent TURN client.
 */
public final class TurnServer implements AutoCloseable {

    /** What {@code turnutils_uclient} did: its exit code and output. */
    public record Allocation(int exitCode, String output) {

        /** coturn handed out a relay address: the credentials were accepted. */
        public boolean relayed() {
            return exitCode == 0 && output.contains("Received relay addr");
        }
    }

    private final Process process;
    private final int port;
    private final Path log;

    private TurnServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static TurnServer start(Path dir, int port, String secret) {
        try {
            Files.createDirectories(dir);
            Path log = dir.resolve("turnserver.log");
            int relayFrom = 40_000 + (port % 1000) * 10; // a range of its own per port offset
            Process process = new ProcessBuilder("/usr/bin/turnserver", "--listening-ip=127.0.0.1", "--relay-ip=127.0.0.1",
                    "--listening-port=" + port, "--use-auth-secret", "--static-auth-secret=" + secret, "--realm=vigil.test",
                    "--no-tls", "--no-dtls", "--no-cli", "--fingerprint", "--allow-loopback-peers", "--min-port=" + relayFrom,
                    "--max-port=" + (relayFrom + 9), "--userdb=" + dir.resolve("turndb"), "--pidfile=" + dir.resolve("turnserver.pid"),
                    "--log-file=stdout", "--simple-log")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            TurnServer server = new TurnServer(process, port, log);
            server.awaitListening();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Allocates a relay with these long-term credentials (the REST-API username and password). */
    public Allocation allocate(String username, String password) {
        try {
            Process client = new ProcessBuilder("/usr/bin/turnutils_uclient", "-v", "-u", username, "-w", password, "-p", Integer.toString(port),
                    "-n", "1", "-m", "1", "-e", "127.0.0.1", "127.0.0.1").redirectErrorStream(true).start();
            byte[] output = client.getInputStream().readAllBytes();
            if (!client.waitFor(60, TimeUnit.SECONDS)) {
                client.destroyForcibly();
                throw new AssertionError("turnutils_uclient did not finish");
            }
            return new Allocation(client.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The TURN REST-API password of a username ({@code base64(HMAC-SHA1(secret, username))}), computed here independently of the server. */
    public static String password(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What coturn wrote so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("turnserver exited:\n" + log());
            }
            if (!udpPortFree()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("turnserver did not listen on " + port + ":\n" + log());
    }

    private boolean udpPortFree() {
        try (DatagramSocket probe = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (SocketException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
