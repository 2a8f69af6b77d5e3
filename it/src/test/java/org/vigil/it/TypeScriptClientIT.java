package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.it.support.ClientLibraryScene;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The TypeScript library {@code @vigil/client} (client-ts), built by npm from its lock file with
 * its types generated from the checked-in OpenAPI document, runs its scenario in Node against the
 * deployed server; the checked-in document is the one the server serves.
 */
// once: a peer library checked against the API; the paths it calls run on PostgreSQL in the API tests
@Tag("once")
@ExtendWith(VigilServerExtension.class)
class TypeScriptClientIT {

    @TempDir
    Path home;

    @Test
    void theCheckedInOpenApiDocumentIsTheServedOne(WildFlyServer server) throws Exception {
        JsonNode served = Json.parse(Http.get(server.baseUrl().resolve("openapi?format=JSON")).body());
        JsonNode checkedIn = Json.parse(Files.readString(Path.of(System.getProperty("vigil.client-ts.openapi"))));
        assertThat(checkedIn).as("client-ts/openapi/vigil-openapi.json: copy the served /openapi?format=JSON there and rebuild")
                .isEqualTo(served);
    }

    @Test
    void itsUnitTestsPass() {
        ClientLibraryResults.unitTestsPass(Path.of(System.getProperty("vigil.client-ts")), List.of("npm", "test"));
    }

    @Test
    void theLibraryDoesWhatItsReadmeSays(WildFlyServer server, MailCatcher mail) {
        ClientLibraryScene scene = ClientLibraryScene.create(server, mail, home);
        Path script = Path.of(System.getProperty("vigil.client-ts")).resolve("test/scenario.mjs");
        ClientLibraryResults.check(scene, scene.run(List.of("node", script.toString()), Map.of()));
    }
}
