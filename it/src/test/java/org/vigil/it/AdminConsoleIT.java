package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.client.sdk.ServerInfo;
import org.vigil.client.sdk.VigilClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

@ExtendWith(VigilServerExtension.class)
class AdminConsoleIT {

    @Test
    void theConsoleShowsWhatTheApiSays(WildFlyServer server) {
        ServerInfo info = new VigilClient(server.baseUrl()).info();

        HttpResponse<String> page = Http.get(server.baseUrl().resolve("admin/"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains("<dd id=\"version\">" + info.version() + "</dd>")
                .contains("<dd id=\"database\">" + info.database() + " ")
                .contains("<dd id=\"node\">" + info.node() + "</dd>")
                .doesNotContain("#{");
    }

    @Test
    void theBarePathLeadsToTheConsole(WildFlyServer server) {
        HttpResponse<String> response = Http.get(server.baseUrl().resolve("admin"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/"));
    }
}
