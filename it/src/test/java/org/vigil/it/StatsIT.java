package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.client.sdk.stats.StatsClient;
import org.vigil.client.sdk.stats.StatsRefusedException;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The stats server through its API: devices report their health with their own tokens (the SDK's
 * {@link StatsClient}), the fleet's latest figures come out in the Prometheus and OpenMetrics
 * formats for admins, and everyone else is refused with a problem.
 */
@ExtendWith(VigilServerExtension.class)
class StatsIT {

    @Test
    void devicesReportAndThePrometheusEndpointShowsTheFleet(WildFlyServer server, MailCatcher mail) throws Exception {
        CareWorld world = new CareWorld(server, mail);
        Oidc oidc = world.oidc();
        DeviceClient gateway = DeviceClient.register(oidc, "gateway");
        DeviceClient station = DeviceClient.register(oidc, "station");
        StatsClient stats = new StatsClient(server.baseUrl());

        stats.report(gateway.token(oidc), """
                {"at":"%s","uptimeSeconds":600,"outboxDepth":17,"outboxCapacity":2000000,"rejected":0,"shed":0,"delivered":90,
                 "uploadFailuresInARow":2,"devices":[{"address":"AA:BB","lastSeen":"%s","batteryPercent":55}],"cpuCelsius":51.5}"""
                .formatted(Instant.now(), Instant.now()));
        stats.report(station.token(oidc), "{\"uptimeSeconds\":30,\"signedIn\":true,\"assignedPatients\":3}");

        HttpResponse<String> prometheus = metrics(server, oidc.adminToken(), "text/plain");
        assertThat(prometheus.statusCode()).as(prometheus.body()).isEqualTo(200);
        assertThat(prometheus.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t.replace(" ", ""))
                .startsWith("text/plain;version=0.0.4"));
        assertThat(prometheus.body())
                .contains("vigil_fleet_device_up{device=\"" + gateway.clientId() + "\",kind=\"gateway\"} 1")
                .contains("vigil_fleet_outbox_depth{device=\"" + gateway.clientId() + "\",kind=\"gateway\"} 17")
                .contains("vigil_fleet_battery_min_percent{device=\"" + gateway.clientId() + "\",kind=\"gateway\"} 55")
                .contains("vigil_fleet_cpu_celsius{device=\"" + gateway.clientId() + "\",kind=\"gateway\"} 51.5")
                .contains("vigil_fleet_assigned_patients{device=\"" + station.clientId() + "\",kind=\"station\"} 3")
                .contains("vigil_fleet_signed_in{device=\"" + station.clientId() + "\",kind=\"station\"} 1")
                .contains("# TYPE vigil_ops_alerts_open gauge")
                .containsPattern("vigil_fleet_heap_used_bytes\\{device=\"server:[^\"]+\",kind=\"server\"} \\d+")
                .doesNotContain("# EOF");
        HttpResponse<String> openMetrics = metrics(server, oidc.adminToken(), "application/openmetrics-text; version=1.0.0");
        assertThat(openMetrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/openmetrics-text"));
        assertThat(openMetrics.body()).endsWith("# EOF\n");

        // a report out of range is refused whole, by its field
        StatsRefusedException refused = org.assertj.core.api.Assertions.catchThrowableOfType(StatsRefusedException.class,
                () -> stats.report(gateway.token(oidc), "{\"outboxDepth\":-5}"));
        assertThat(refused.problem().status()).isEqualTo(400);
        assertThat(refused.problem().detail()).contains("outbox_depth");
        assertThat(metrics(server, oidc.adminToken(), "text/plain").body())
                .contains("vigil_fleet_outbox_depth{device=\"" + gateway.clientId() + "\",kind=\"gateway\"} 17");
        StatsRefusedException malformed = org.assertj.core.api.Assertions.catchThrowableOfType(StatsRefusedException.class,
                () -> stats.report(gateway.token(oidc), "{\"signedIn\":\"maybe\"}"));
        assertThat(malformed.problem().detail()).contains("signedIn");
        StatsRefusedException future = org.assertj.core.api.Assertions.catchThrowableOfType(StatsRefusedException.class,
                () -> stats.report(gateway.token(oidc), "{\"at\":\"" + Instant.now().plusSeconds(3600) + "\"}"));
        assertThat(future.problem().detail()).contains("ahead");
    }

    @Test
    void onlyDevicesReportAndOnlyAdminsOfVigilsOwnApplicationsReadTheFleet(WildFlyServer server, MailCatcher mail) {
        CareWorld world = new CareWorld(server, mail);
        Oidc oidc = world.oidc();
        CareWorld.Person admin = world.personViaConsole("admin");
        CareWorld.Person adminWithoutScope = world.person("admin");
        CareWorld.Person adminViaOutsideApp = world.personViaOutsideApp("admin");
        CareWorld.Person doctor = world.person("doctor");
        DeviceClient gateway = DeviceClient.register(oidc, "gateway");

        assertThat(report(server, null).statusCode()).isEqualTo(401);
        assertProblem(report(server, admin.token()), 403);
        assertProblem(report(server, oidc.adminToken()), 403);
        assertProblem(report(server, doctor.token()), 403);

        assertThat(metrics(server, null, "text/plain").statusCode()).isEqualTo(401);
        assertThat(metrics(server, admin.token(), "text/plain").statusCode()).isEqualTo(200);
        assertProblem(metrics(server, adminViaOutsideApp.token(), "text/plain"), 403);
        assertProblem(metrics(server, adminWithoutScope.token(), "text/plain"), 403);
        assertProblem(metrics(server, doctor.token(), "text/plain"), 403);
        assertProblem(metrics(server, gateway.token(oidc), "text/plain"), 403);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Json.parse(response.body()).get("status").asInt()).isEqualTo(status);
    }

    private static HttpResponse<String> report(WildFlyServer server, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve("api/v1/stats/reports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("uptimeSeconds", 5))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request);
    }

    private static HttpResponse<String> metrics(WildFlyServer server, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl().resolve("api/v1/stats/metrics").toString()))
                .header("Accept", accept).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request);
    }
}
