package org.vigil.it.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real Java authenticator CLI (client-sdk's jar), run as a person would run it. */
public final class AuthenticatorCli {

    /** What one run printed and how it ended. */
    public record Run(int exitCode, String output) {
    }

    private final Path keystore;
    private final Path state;

    public AuthenticatorCli(Path directory) {
        this.keystore = directory.resolve("authenticator.p12");
        this.state = directory.resolve("authenticator.properties");
    }

    /** The CLI's state file: server, authenticator id, key store. */
    public Path statePath() {
        return state;
    }

    public Run run(String... command) {
        List<String> line = new ArrayList<>(List.of(javaBinary(), "-jar", System.getProperty("vigil.authenticator.jar"),
                "--keystore", keystore.toString(), "--state", state.toString()));
        line.addAll(List.of(command));
        try {
            ProcessBuilder pb = new ProcessBuilder(line).redirectErrorStream(true);
            pb.environment().put("VIGIL_AUTHENTICATOR_PASSWORD", "it-password");
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the CLI did not finish: " + output);
            }
            return new Run(p.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
