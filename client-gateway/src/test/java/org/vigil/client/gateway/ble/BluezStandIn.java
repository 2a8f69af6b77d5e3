package org.vigil.client.gateway.ble;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A private D-Bus bus with python-dbusmock's BlueZ on it ({@code bluez-standin.py}), started
 * for a test and stopped after. Needs the Debian packages {@code dbus} and
 * {@code python3-dbusmock}; without them the test fails saying so, it does not skip.
 */
final class BluezStandIn implements AutoCloseable {

    private static final String DBUS_DAEMON = "/usr/bin/dbus-daemon";
    private static final String PYTHON = "/usr/bin/python3";

    private final Process daemon;
    private final Process standIn;
    private final BufferedReader answers;
    private final PrintWriter commands;
    private final String address;

    BluezStandIn(Path dir) throws IOException, InterruptedException {
        requireExecutable(DBUS_DAEMON, "dbus");
        requireExecutable(PYTHON, "python3");
        Path socket = dir.resolve("system_bus_socket");
        address = "unix:path=" + socket;
        Path config = dir.resolve("bus.conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>system</type>
                  <listen>%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow user="*"/>
                    <allow own="*"/>
                    <allow send_type="method_call"/>
                    <allow send_type="signal"/>
                    <allow send_type="method_return"/>
                    <allow send_type="error"/>
                    <allow receive_type="method_call"/>
                    <allow receive_type="signal"/>
                    <allow receive_type="method_return"/>
                    <allow receive_type="error"/>
                  </policy>
                </busconfig>
                """.formatted(address));
        daemon = new ProcessBuilder(DBUS_DAEMON, "--config-file=" + config, "--nofork", "--nopidfile")
                .redirectErrorStream(true).redirectOutput(dir.resolve("dbus-daemon.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(socket)) {
            if (!daemon.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("dbus-daemon did not start: " + Files.readString(dir.resolve("dbus-daemon.log")));
            }
            Thread.sleep(20);
        }

        Path script = dir.resolve("bluez-standin.py");
        try (InputStream in = BluezStandIn.class.getResourceAsStream("/ble/bluez-standin.py")) {
            Files.copy(in, script);
        }
        ProcessBuilder builder = new ProcessBuilder(PYTHON, script.toString())
                .redirectError(dir.resolve("bluez-standin.log").toFile());
        builder.environment().put("DBUS_SYSTEM_BUS_ADDRESS", address);
        standIn = builder.start();
        answers = new BufferedReader(new InputStreamReader(standIn.getInputStream(), StandardCharsets.UTF_8));
        commands = new PrintWriter(standIn.getOutputStream(), true, StandardCharsets.UTF_8);
        String ready = CompletableFuture.supplyAsync(this::readLine).completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
        if (!"ready".equals(ready)) {
            close();
            throw new AssertionError("the BlueZ stand-in (python3-dbusmock bluez5) did not start: "
                    + Files.readString(dir.resolve("bluez-standin.log")));
        }
    }

    /** The bus address for {@code DBUS_SYSTEM_BUS_ADDRESS} or {@link BleSettings#busAddress()}. */
    String address() {
        return address;
    }

    /** Runs one stand-in command (see the script) and returns its answer. */
    synchronized String command(String line) {
        commands.println(line);
        String answer = readLine();
        if (answer == null || !answer.startsWith("ok")) {
            throw new AssertionError("stand-in command '" + line + "' failed: " + answer);
        }
        return answer.substring(2).trim();
    }

    private String readLine() {
        try {
            return answers.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static void requireExecutable(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new AssertionError(path + " is missing: install the Debian packages dbus and python3-dbusmock (needs "
                    + debianPackage + ")");
        }
    }

    @Override
    public void close() {
        commands.close();
        for (Process p : new Process[] {standIn, daemon}) {
            if (p == null) {
                continue;
            }
            p.destroy();
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
