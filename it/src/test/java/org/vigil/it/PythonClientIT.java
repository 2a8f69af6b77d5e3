package org.vigil.it;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.it.support.ClientLibraryScene;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The Python library {@code vigil_client} (client-python) runs its scenario with Debian's python3
 * (its python3-jwt, python3-cryptography and python3-websocket) against the deployed server.
 */
// once: a peer library checked against the API; the paths it calls run on PostgreSQL in the API tests
@Tag("once")
@ExtendWith(VigilServerExtension.class)
class PythonClientIT {

    @TempDir
    Path home;

    @Test
    void itsUnitTestsPass() {
        ClientLibraryResults.unitTestsPass(Path.of(System.getProperty("vigil.client-python")),
                List.of("/usr/bin/python3", "-B", "-m", "unittest", "discover", "-s", "tests", "-p", "test_*.py"));
    }

    @Test
    void theLibraryDoesWhatItsReadmeSays(WildFlyServer server, MailCatcher mail) {
        ClientLibraryScene scene = ClientLibraryScene.create(server, mail, home);
        Path script = Path.of(System.getProperty("vigil.client-python")).resolve("tests/scenario.py");
        // Debian's interpreter, where the packages are, not a python3 found first on the PATH
        ClientLibraryResults.check(scene, scene.run(List.of("/usr/bin/python3", "-B", script.toString()), Map.of()));
    }
}
