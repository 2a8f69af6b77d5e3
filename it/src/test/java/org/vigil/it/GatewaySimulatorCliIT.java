package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.gateway.GatewayEnrollMain;
import org.vigil.client.gateway.simulator.SimulatorMain;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The demo's live gateway as {@code ./vigil run} starts it: {@code vigil-gateway-enroll} into a
 * directory with an admin's code, then the simulator on that directory, uploading with the
 * enrolled gateway's own private_key_jwt tokens. Both run as their own processes, as in the script.
 */
// once: a program checked by what it sends; its uploads run on PostgreSQL in ObservationIngestIT and the crash tests
@Tag("once")
@ExtendWith(VigilServerExtension.class)
class GatewaySimulatorCliIT {

    private static final Pattern UPLOADED = Pattern.compile("uploaded (\\d+)");

    @TempDir
    Path gateway;

    @Test
    void anEnrolledSimulatorUploadsWithItsOwnKey(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        String code = gatewayCode(oidc, admitPatient(oidc, server, mail));

        Run enrolled = run(GatewayEnrollMain.class, "--server", oidc.issuer(), "--code", code, "--dir", gateway.toString());
        Run simulated = run(SimulatorMain.class, "--server", oidc.issuer(), "--outbox", gateway.toString(), "--rate", "10",
                "--duration", "12");

        assertThat(enrolled.exit()).as(enrolled.output()).isZero();
        assertThat(enrolled.output()).contains("Enrolled as gateway-");
        assertThat(Files.exists(gateway.resolve("client.properties"))).isTrue();
        assertThat(simulated.exit()).as(simulated.output()).isZero();
        Matcher uploaded = UPLOADED.matcher(simulated.output());
        assertThat(uploaded.find()).as(simulated.output()).isTrue();
        assertThat(Long.parseLong(uploaded.group(1))).as(simulated.output()).isPositive();
        assertThat(simulated.output()).doesNotContain("last error");
    }

    @Test
    void aSimulatorWithNeitherAnEnrollmentNorATokenRefusesToStart(WildFlyServer server) throws Exception {
        Run simulated = run(SimulatorMain.class, "--server", server.baseUrl().toString(), "--outbox", gateway.toString(),
                "--duration", "5");

        assertThat(simulated.exit()).isEqualTo(2);
        assertThat(simulated.output()).contains("no credentials to upload with", "vigil-gateway-enroll");
    }

    private record Run(int exit, String output) {
    }

    /** The main class in its own JVM on this test's class path, with the demo's key password. */
    private static Run run(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("VIGIL_GATEWAY_KEY_PASSWORD", "demo");
        pb.environment().remove("VIGIL_GATEWAY_TOKEN");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(main.getSimpleName() + " did not end:\n" + output);
        }
        return new Run(p.exitValue(), output);
    }

    private static String admitPatient(Oidc oidc, WildFlyServer server, MailCatcher mail) {
        SignUps.Account account = SignUps.level1Account(server, mail, SignUps.Person.random());
        HttpResponse<String> admitted = adminPost(oidc, "/api/v1/admin/patients", Map.of("accountId", account.id(),
                "familyName", "Patient", "givenName", "Paul", "birthDate", "1948-05-12", "sex", "male"));
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(201);
        return Json.parse(admitted.body()).get("patientId").asText();
    }

    private static String gatewayCode(Oidc oidc, String patientId) {
        HttpResponse<String> issued = adminPost(oidc, "/api/v1/admin/device-enrollments", Map.of("role", "gateway", "patientId", patientId));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return Json.parse(issued.body()).get("enrollmentCode").asText();
    }

    private static HttpResponse<String> adminPost(Oidc oidc, String path, Map<String, Object> body) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + path)).header("Authorization", "Bearer " + oidc.adminToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }
}
