package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Http;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/** What operations watch: MicroProfile Health and Prometheus metrics on the management port. */
@ExtendWith(VigilServerExtension.class)
class HealthAndMetricsIT {

    @Test
    void readinessReportsTheDatabaseAndTheBroker(WildFlyServer server) {
        HttpResponse<String> response = Http.get(server.managementUrl().resolve("health/ready"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"status\":\"UP\"")
                .contains("\"name\":\"database\"")
                .contains("\"name\":\"messaging\"")
                .contains("vigil.push")
                .contains("vigil.prescriptions")
                .contains("vigil.dead-letters");
    }

    @Test
    void livenessIsUp(WildFlyServer server) {
        HttpResponse<String> response = Http.get(server.managementUrl().resolve("health/live"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void metricsAreInPrometheusFormat(WildFlyServer server) {
        Http.get(server.baseUrl().resolve("api/v1/info"));

        HttpResponse<String> response = Http.get(server.managementUrl().resolve("metrics"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE ").contains("jvm_");
    }
}
