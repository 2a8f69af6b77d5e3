package org.vigil.it.support;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The server's own CLI connected to the running server's management port. It authenticates
 * with WildFly's local mechanism, which only a process of the same user on the same machine
 * can pass, so tests need no management password.
 */
public final class ManagementCli {

    private ManagementCli() {
    }

    /** Runs one CLI command and returns what it printed; fails when the command fails. */
    public static String run(WildFlyServer server, String command) {
        try {
            Process p = new ProcessBuilder(server.jbossHome().resolve("bin/jboss-cli.sh").toString(),
                    "--connect", "--controller=" + server.managementController(), "--command=" + command)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("CLI command failed: " + command + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
