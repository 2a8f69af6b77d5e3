package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.client.sdk.ServerInfo;
import org.vigil.client.sdk.VigilClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

@ExtendWith(VigilServerExtension.class)
class InfoIT {

    @Test
    void theServerDescribesItselfThroughEveryLayer(WildFlyServer server) {
        ServerInfo info = new VigilClient(server.baseUrl()).info();

        assertThat(info.version()).isEqualTo(System.getProperty("vigil.version"));
        assertThat(info.buildTime()).isBefore(Instant.now()).isAfter(Instant.now().minus(Duration.ofDays(1)));
        assertThat(info.database()).isEqualTo(expectedDatabaseProduct(server));
        assertThat(info.node()).isEqualTo("it-" + server.settings().database());
        // the start was recorded through JPA into a table a Flyway migration created (once per start:
        // SecretsAtRestIT restarts the server the run shares, so a later class may see two)
        assertThat(info.starts()).isBetween(1L, 2L);
        assertThat(info.startedAt()).isBefore(Instant.now()).isAfter(Instant.now().minus(Duration.ofMinutes(10)));
    }

    @Test
    void infoIsJson(WildFlyServer server) {
        HttpResponse<String> response = Http.get(server.baseUrl().resolve("api/v1/info"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    private static String expectedDatabaseProduct(WildFlyServer server) {
        return switch (server.settings().database()) {
            case "postgresql" -> "PostgreSQL";
            case "h2" -> "H2";
            default -> throw new IllegalArgumentException(server.settings().database());
        };
    }
}
