package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The EAR deploys cleanly: no warning or error in the server log from start-up through the
 * deployment (duplicate classes, missing classes, private modules, bad descriptors all log there).
 */
@Tag("once")
@ExtendWith(VigilServerExtension.class)
class DeploymentLogIT {

    @Test
    void startingAndDeployingLogsNoWarningAndNoError(WildFlyServer server) throws IOException {
        List<String> lines = Files.readAllLines(server.serverLog());
        int deployed = indexOf(lines, "Deployed \"vigil.ear\"");

        List<String> complaints = lines.subList(0, deployed + 1).stream()
                .filter(l -> l.matches("^\\S+ \\S+ (WARN|ERROR) .*"))
                .toList();

        assertThat(deployed).as("the log records the deployment").isPositive();
        assertThat(complaints).isEmpty();
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
