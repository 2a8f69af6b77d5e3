package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.gateway.GatewayEnrollMain;
import org.vigil.client.gateway.simulator.SimulatorMain;
import org.vigil.it.support.ConsolePeople;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.PushSocket;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.VigilSystem;
import org.vigil.it.support.WildFlyServer;

/**
 * A gateway simulator, enrolled and run as its own process as in the demo, reports its health
 * to the stats server; the fleet page and the Prometheus endpoint show it. Stopped, it raises
 * "gateway offline" within the configured silence: on the fleet page, on the endpoint, and as a
 * push message on an admin's authenticator.
 */
@Tag("once")
@ExtendWith(VigilServerExtension.class)
class FleetHealthIT {

    static final Pattern ENROLLED = Pattern.compile("Enrolled as (gateway-[0-9a-f-]+)");
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path home;

    @Test
    void aStoppedGatewayRaisesGatewayOfflineInTheConsoleAndOnAnAdminsDevice(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        TestDevice adminDevice = adminWithDevice(server, mail, oidc);
        Path dir = Files.createDirectories(home.resolve("gateway"));
        Process enroll = java(GatewayEnrollMain.class, "--server", oidc.issuer(), "--code", gatewayCode(oidc, server, mail), "--dir", dir.toString());
        String enrollOutput = new String(enroll.getInputStream().readAllBytes());
        assertThat(enroll.waitFor(60, TimeUnit.SECONDS) && enroll.exitValue() == 0).as(enrollOutput).isTrue();
        Matcher enrolled = ENROLLED.matcher(enrollOutput);
        assertThat(enrolled.find()).as(enrollOutput).isTrue();
        String gatewayId = enrolled.group(1);

        Process simulator = java(SimulatorMain.class, "--server", oidc.issuer(), "--outbox", dir.toString(), "--rate", "10",
                "--health-every", "2");
        try (ConsolePeople people = new ConsolePeople(server, mail, home)) {
            awaitMetric(server, oidc, "vigil_fleet_device_up{device=\"" + gatewayId + "\",kind=\"gateway\"} 1");
            assertThat(metrics(server, oidc)).contains("vigil_fleet_delivered{device=\"" + gatewayId + "\",kind=\"gateway\"}");

            ConsolePeople.Person admin = people.loggedIn("admin");
            Page page = admin.page();
            page.navigate(people.consoleUrl("fleet.xhtml"));
            page.waitForSelector("#fleet-form\\:devices tr:has-text('" + gatewayId + "') .status-ok");
            page.waitForSelector("#fleet-form\\:kinds-chart canvas");
            page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-fleet.png")).setFullPage(true));
            page.click("a:has-text('" + gatewayId + "')");
            page.waitForSelector("#device-id");
            assertThat(page.textContent("#device-state")).isEqualTo("reporting");
            assertThat(page.textContent("#last-report")).contains("outboxDepth");
            page.waitForSelector("#history-form\\:history-chart canvas");
            page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-device.png")).setFullPage(true));

            // the admin's device connects now (an idle push connection is closed after 90 s) and the gateway stops
            JsonNode alert;
            try (PushSocket push = PushSocket.authenticated(server, adminDevice)) {
                simulator.destroy();
                assertThat(simulator.waitFor(30, TimeUnit.SECONDS)).isTrue();
                alert = awaitOfflinePush(push, gatewayId);
            }
            assertThat(alert.toString()).contains("GATEWAY_OFFLINE");
            String offline = awaitMetric(server, oidc, "vigil_fleet_device_up{device=\"" + gatewayId + "\",kind=\"gateway\"} 0");
            assertThat(offline).containsPattern("vigil_ops_alerts_open\\{kind=\"gateway_offline\"} [1-9]");

            page.navigate(people.consoleUrl("fleet.xhtml"));
            page.waitForSelector("#fleet-form\\:open-alerts tr:has-text('" + gatewayId + "')");
            assertThat(page.textContent("#fleet-form\\:open-alerts")).contains("Gateway offline");
            assertThat(Integer.parseInt(page.textContent("#open-alert-count").strip())).isPositive();
            page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-fleet-offline.png")).setFullPage(true));
            admin.context().close();
        } finally {
            simulator.destroyForcibly();
        }
    }

    private static JsonNode awaitOfflinePush(PushSocket push, String gatewayId) {
        long deadline = System.nanoTime() + WAIT.plusSeconds(VigilSystem.GATEWAY_OFFLINE_SECONDS).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode message = push.nextMessage("operations-alert", Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            push.ack(message.get("id").asText());
            // other alerts about the same gateway (its outbox grew while it ran) may come first
            if (message.toString().contains(gatewayId) && message.toString().contains("GATEWAY_OFFLINE")) {
                return message;
            }
        }
        throw new AssertionError("no operations alert about " + gatewayId);
    }

    private static String awaitMetric(WildFlyServer server, Oidc oidc, String line) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = metrics(server, oidc);
            if (last.contains(line)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no " + line + " in\n" + last);
    }

    private static String metrics(WildFlyServer server, Oidc oidc) {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(server.baseUrl().resolve("api/v1/stats/metrics"))
                .header("Authorization", "Bearer " + oidc.adminToken()).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static TestDevice adminWithDevice(WildFlyServer server, MailCatcher mail, Oidc oidc) {
        SignUps.Account account = SignUps.level1Account(server, mail, SignUps.Person.random());
        TestDevice device = new TestDevice(server);
        assertThat(device.enroll(account.enrollmentCode(), "admin phone").statusCode()).isEqualTo(201);
        HttpResponse<String> granted = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/accounts/" + account.id()
                + "/roles/admin")).header("Authorization", "Bearer " + oidc.adminToken()).PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        return device;
    }

    private static String gatewayCode(Oidc oidc, WildFlyServer server, MailCatcher mail) {
        SignUps.Account account = SignUps.level1Account(server, mail, SignUps.Person.random());
        HttpResponse<String> admitted = adminPost(oidc, "/api/v1/admin/patients", Map.of("accountId", account.id(),
                "familyName", "Health", "givenName", "Harriet", "birthDate", "1944-02-03", "sex", "female"));
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(201);
        HttpResponse<String> issued = adminPost(oidc, "/api/v1/admin/device-enrollments",
                Map.of("role", "gateway", "patientId", Json.parse(admitted.body()).get("patientId").asText()));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return Json.parse(issued.body()).get("enrollmentCode").asText();
    }

    private static HttpResponse<String> adminPost(Oidc oidc, String path, Map<String, Object> body) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + path)).header("Authorization", "Bearer " + oidc.adminToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    /** The main class in its own JVM on this test's class path, with the demo's key password; output merged. */
    private static Process java(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("VIGIL_GATEWAY_KEY_PASSWORD", "demo");
        pb.environment().remove("VIGIL_GATEWAY_TOKEN");
        if (main == SimulatorMain.class) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        return pb.start();
    }
}
