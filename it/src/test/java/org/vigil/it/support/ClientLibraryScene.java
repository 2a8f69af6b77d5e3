package org.vigil.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * What a client library's scenario runs against: a person signed up at level 1 (her enrollment
 * code goes to the library, which enrolls its own device key), admitted as a patient with vitals a
 * gateway uploaded, a first-party client registered for CIBA and client credentials with a
 * {@code private_key_jwt} key, a key that is not registered, and a PDF to sign.
 * {@link #run} starts the library's scenario program with all of it in its environment and
 * returns what it printed after {@code RESULT}.
 */
public record ClientLibraryScene(String issuer, String email, String accountId, String enrollmentCode, String patientId,
        String clientId, ECKey clientKey, ECKey unregisteredKey, Path pdf) {

    private static final String CIBA = "urn:openid:params:grant-type:ciba";

    public static ClientLibraryScene create(WildFlyServer server, MailCatcher mail, Path home) {
        CareWorld world = new CareWorld(server, mail);
        Oidc oidc = world.oidc();
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        String patientId = world.admit(new CareWorld.Person(account.id(), person.email(), null));
        HttpResponse<String> granted = world.admin("PUT", "/api/v1/admin/accounts/" + account.id() + "/roles/patient", null);
        if (granted.statusCode() != 200) {
            throw new AssertionError("patient role not granted: " + granted.body());
        }
        DeviceClient gateway = world.gateway(patientId);
        Instant measured = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        HttpResponse<String> uploaded = world.call("POST", "/api/v1/observations", Json.write(Map.of("observations", List.of(
                Map.of("measurementId", UUID.randomUUID(), "kind", "heart-rate", "value", 72, "unit", "/min", "measuredAt", measured.toString()),
                Map.of("measurementId", UUID.randomUUID(), "kind", "spo2", "value", 97, "unit", "%", "measuredAt", measured.toString())))),
                gateway.token(oidc));
        if (uploaded.statusCode() != 200) {
            throw new AssertionError("vitals not uploaded: " + uploaded.body());
        }
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID("library-k1").generate();
            String clientId = "library-" + UUID.randomUUID();
            oidc.register(Map.of("clientId", clientId, "name", "Integrator's application", "tokenEndpointAuthMethod", "private_key_jwt",
                    "jwks", new JWKSet(key.toPublicJWK()).toString(), "grantTypes", List.of(CIBA, "client_credentials"),
                    "firstParty", true, "backchannelTokenDeliveryMode", "poll"));
            Path pdf = Files.write(home.resolve("to-sign.pdf"), TestDocuments.prescriptionPdf("Signed through a client library", 1));
            return new ClientLibraryScene(oidc.issuer(), person.email(), account.id(), account.enrollmentCode(), patientId, clientId, key,
                    new ECKeyGenerator(Curve.P_256).keyID("library-k1").generate(), pdf);
        } catch (com.nimbusds.jose.JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the scenario program (node or python3 with its script) and returns its RESULT line, failing with its output otherwise. */
    public JsonNode run(List<String> command, Map<String, String> extraEnvironment) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = new HashMap<>(Map.of("ISSUER", issuer, "EMAIL", email, "ACCOUNT_ID", accountId,
                "ENROLLMENT_CODE", enrollmentCode, "PATIENT_ID", patientId, "CLIENT_ID", clientId,
                "CLIENT_KEY", clientKey.toJSONString(), "UNREGISTERED_KEY", unregisteredKey.toJSONString(), "PDF", pdf.toString()));
        environment.putAll(extraEnvironment);
        builder.environment().putAll(environment);
        StringBuilder seen = new StringBuilder();
        try {
            Process process = builder.start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    seen.append(line).append('\n');
                    if (line.startsWith("RESULT ")) {
                        return Json.parse(line.substring("RESULT ".length()));
                    }
                }
            } finally {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        throw new AssertionError(command + " ended without a result:\n" + seen);
    }
}
