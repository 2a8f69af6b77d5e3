package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.ConsolePeople;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.ScriptLines;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WebApp;
import org.vigil.it.support.WildFlyServer;

/**
 * SMART App Launch 2.x, standalone launch, by an outside public client (npm's {@code openid-client}, configured from
 * {@code /fhir/.well-known/smart-configuration}): the patient logs in on Vigil's page in Chromium, her CLI authenticator
 * approving, allows the app on the consent page, and the app reads her vital signs and record, and nothing else. She
 * then sees the app in her grants and withdraws it: its access token and refresh token are refused from then on.
 */
@ExtendWith(VigilServerExtension.class)
class SmartOnFhirIT {

    private static final String REDIRECT = "http://localhost:9/smart-app/callback";
    private static final List<String> SMART_SCOPES = List.of("openid", "launch/patient", "patient/Observation.rs", "patient/Patient.r",
            "offline_access");

    @org.junit.jupiter.api.io.TempDir
    Path home;

    @Test
    void aSmartAppLaunchedForThePatientReadsHerVitalsAndNothingElseUntilSheWithdrawsIt(WildFlyServer server, MailCatcher mail)
            throws Exception {
        CareWorld world = new CareWorld(server, mail);
        Oidc oidc = world.oidc();
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        AuthenticatorCli cli = new AuthenticatorCli(home);
        AuthenticatorCli.Run enrolled = cli.run("enroll", "--server", oidc.issuer(), "--code", account.enrollmentCode(), "--name", "cli");
        assertThat(enrolled.exitCode()).as(enrolled.output()).isZero();
        assertThat(world.admin("PUT", "/api/v1/admin/accounts/" + account.id() + "/roles/patient", null).statusCode()).isEqualTo(200);
        String patientId = world.admit(new CareWorld.Person(account.id(), person.email(), null));
        uploadVitals(world, patientId);
        SignUps.Account other = SignUps.level1Account(server, mail, SignUps.Person.random());
        String otherPatientId = world.admit(new CareWorld.Person(other.id(), "other@example.org", null));
        String clientId = "smart-app-" + UUID.randomUUID();
        oidc.register(Map.of("clientId", clientId, "name", "Heart Diary", "tokenEndpointAuthMethod", "none",
                "redirectUris", List.of(REDIRECT), "grantTypes", List.of("authorization_code", "refresh_token"),
                "scopes", SMART_SCOPES, "firstParty", false));

        Path script = Path.of(System.getProperty("vigil.relying-party")).resolveSibling("smart.mjs");
        ProcessBuilder node = new ProcessBuilder("node", script.toString()).redirectErrorStream(true);
        node.environment().putAll(Map.of("ISSUER", oidc.issuer(), "FHIR_BASE", oidc.issuer() + "/fhir", "CLIENT_ID", clientId,
                "REDIRECT_URI", REDIRECT, "OTHER_PATIENT", otherPatientId));
        Process app = node.start();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = chromium(playwright);
             BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(app.getOutputStream(), StandardCharsets.UTF_8)) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(900, 760));
            Page page = context.newPage();
            page.navigate(ScriptLines.expect(out, "AUTHORIZE "));
            logIn(page, person.email(), cli);
            page.waitForSelector("#allow");
            String consent = page.textContent("main");
            assertThat(consent).contains("Heart Diary").contains("Your vital signs").contains("Your name, sex and date of birth")
                    .contains("Which patient record in Vigil is yours").contains("while you are away");
            page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("smart-consent.png")));
            String callback = backAtTheApp(page, () -> page.click("#allow"));
            in.write(callback + "\n");
            in.flush();

            JsonNode result = Json.parse(ScriptLines.expect(out, "RESULT "));
            assertThat(result.get("smartCapabilities").toString()).contains("launch-standalone", "client-public", "context-standalone-patient",
                    "permission-v2", "permission-offline");
            assertThat(result.get("patient").asText()).isEqualTo(patientId);
            assertThat(result.get("scope").asText()).contains("patient/Observation.rs", "launch/patient");
            assertThat(result.get("hasRefreshToken").asBoolean()).isTrue();
            assertThat(result.at("/patientRead/status").asInt()).isEqualTo(200);
            assertThat(result.at("/patientRead/birthDate").asText()).isEqualTo("1950-03-01");
            assertThat(result.at("/search/status").asInt()).isEqualTo(200);
            assertThat(result.at("/search/codes").toString()).as("her heart rate and SpO2 (LOINC)").contains("8867-4", "59408-5");
            assertThat(result.at("/observationRead/status").asInt()).isEqualTo(200);
            assertThat(result.at("/otherSearch/status").asInt()).as("another patient's vitals").isEqualTo(403);
            assertThat(result.at("/otherSearch/issue").asText()).isEqualTo("OperationOutcome");
            assertThat(result.at("/otherPatient/status").asInt()).as("another patient's record").isEqualTo(403);
            assertThat(result.at("/patientSearch/status").asInt()).as("patient/Patient.r reads, it does not search").isEqualTo(403);
            assertThat(result.at("/prescriptions/status").asInt()).as("no scope for MedicationRequest").isEqualTo(403);
            assertThat(result.at("/restApi/status").asInt()).as("outside apps stay out of the REST API").isEqualTo(403);
            assertThat(result.get("refreshedPatient").asText()).isEqualTo(patientId);
            assertThat(result.at("/afterRefresh/status").asInt()).isEqualTo(200);

            // every read is audited with the app's client id: the admin's trail shows the app's reads and its refusals
            JsonNode trail = Json.parse(world.call("GET", "/fhir/AuditEvent?patient=" + patientId + "&_count=500", null,
                    oidc.adminToken()).body());
            assertThat(trail.toString()).contains(clientId);

            // the same launch again, with fewer scopes: no consent page, straight back to the app with a code
            String again = backAtTheApp(page, () -> page.navigate(oidc.issuer() + Oidc.authorizePath(Map.of("response_type", "code",
                    "client_id", clientId, "redirect_uri", REDIRECT, "scope", "openid launch/patient patient/Observation.rs",
                    "state", "again", "code_challenge", Oidc.challenge(Oidc.verifier()), "code_challenge_method", "S256"))));
            assertThat(Oidc.queryOf(again)).containsKey("code");

            // the patient, in Vigil's own app, sees the grant; the outside app cannot look at it
            String ownToken = WebApp.register(server, "Vigil app", true).accessToken((browserless, loginPage) ->
                    browserless.loginWithCli(loginPage, person.email(), cli));
            JsonNode grants = Json.parse(world.call("GET", "/api/v1/me/app-grants", null, ownToken).body());
            assertThat(grants.get("grants")).anySatisfy(g -> {
                assertThat(g.get("clientId").asText()).isEqualTo(clientId);
                assertThat(g.get("clientName").asText()).isEqualTo("Heart Diary");
                assertThat(g.get("scopes").toString()).contains("patient/Observation.rs", "offline_access");
            });
            assertThat(world.call("GET", "/api/v1/me/app-grants", null, result.get("accessToken").asText()).statusCode()).isEqualTo(403);
            assertThat(world.call("DELETE", "/api/v1/me/app-grants/" + clientId, null, result.get("accessToken").asText()).statusCode())
                    .isEqualTo(403);

            assertThat(world.call("DELETE", "/api/v1/me/app-grants/" + clientId, null, ownToken).statusCode()).isEqualTo(204);
            assertThat(world.call("DELETE", "/api/v1/me/app-grants/" + clientId, null, ownToken).statusCode()).isEqualTo(404);
            assertThat(Json.parse(world.call("GET", "/api/v1/me/app-grants", null, ownToken).body()).get("grants").toString())
                    .doesNotContain(clientId);
            in.write("withdrawn\n");
            in.flush();
            JsonNode after = Json.parse(ScriptLines.expect(out, "AFTER "));
            assertThat(after.get("fhirStatus").asInt()).as("the access token is refused").isEqualTo(401);
            assertThat(after.get("refreshError").asText()).as("the refresh token is refused").isEqualTo("invalid_grant");

            // the next launch asks again; this time she denies, and the app gets access_denied and no code
            page.navigate(oidc.issuer() + Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId, "redirect_uri", REDIRECT,
                    "scope", String.join(" ", SMART_SCOPES), "state", "denied", "code_challenge", Oidc.challenge(Oidc.verifier()),
                    "code_challenge_method", "S256")));
            page.waitForSelector("#deny");
            Map<String, String> denied = Oidc.queryOf(backAtTheApp(page, () -> page.click("#deny")));
            assertThat(denied).containsEntry("error", "access_denied").containsEntry("state", "denied").doesNotContainKey("code");
        } finally {
            app.waitFor(10, TimeUnit.SECONDS);
            app.destroyForcibly();
        }
        assertThat(app.exitValue()).isZero();
    }

    @Test
    void smartConfigurationAndTheCapabilityStatementTellAppsWhereToGo(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        for (String path : List.of("/fhir/.well-known/smart-configuration", "/.well-known/smart-configuration")) {
            HttpResponse<String> answer = oidc.browse(path);
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode smart = Json.parse(answer.body());
            assertThat(smart.get("authorization_endpoint").asText()).isEqualTo(oidc.issuer() + "/oidc/authorize");
            assertThat(smart.get("token_endpoint").asText()).isEqualTo(oidc.issuer() + "/oidc/token");
            assertThat(smart.get("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
            assertThat(smart.get("capabilities").toString()).contains("launch-standalone", "client-public", "client-confidential-asymmetric",
                    "context-standalone-patient", "permission-patient", "permission-offline", "permission-v2");
            assertThat(smart.get("scopes_supported").toString()).contains("patient/Observation.rs", "patient/Patient.r", "launch/patient");
        }
        JsonNode metadata = Json.parse(oidc.browse("/fhir/metadata").body());
        JsonNode security = metadata.at("/rest/0/security");
        assertThat(security.at("/service/0/coding/0/code").asText()).isEqualTo("SMART-on-FHIR");
        assertThat(security.toString()).contains("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
                oidc.issuer() + "/oidc/token", oidc.issuer() + "/oidc/authorize");
    }

    @Test
    void smartScopesGoOnlyToClientsAllowedThemAndPublicClientsNeedPkce(WildFlyServer server, MailCatcher mail) {
        CareWorld world = new CareWorld(server, mail);
        Oidc oidc = world.oidc();
        String plain = "plain-app-" + UUID.randomUUID();
        oidc.register(Map.of("clientId", plain, "name", "Plain app", "tokenEndpointAuthMethod", "none", "redirectUris", List.of(REDIRECT),
                "grantTypes", List.of("authorization_code"), "scopes", List.of("openid"), "firstParty", false));
        HttpResponse<String> notAllowed = oidc.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", plain,
                "redirect_uri", REDIRECT, "scope", "openid patient/Observation.rs", "state", "s", "code_challenge",
                Oidc.challenge(Oidc.verifier()), "code_challenge_method", "S256")));
        assertThat(notAllowed.statusCode()).isEqualTo(303);
        assertThat(Oidc.queryOf(notAllowed.headers().firstValue("Location").orElseThrow())).containsEntry("error", "invalid_scope");

        String smart = "smart-nopkce-" + UUID.randomUUID();
        oidc.register(Map.of("clientId", smart, "name", "SMART app", "tokenEndpointAuthMethod", "none", "redirectUris", List.of(REDIRECT),
                "grantTypes", List.of("authorization_code"), "scopes", SMART_SCOPES, "firstParty", false));
        HttpResponse<String> noPkce = oidc.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", smart,
                "redirect_uri", REDIRECT, "scope", "openid launch/patient patient/Observation.rs", "state", "s")));
        assertThat(noPkce.statusCode()).isEqualTo(303);
        assertThat(Oidc.queryOf(noPkce.headers().firstValue("Location").orElseThrow())).containsEntry("error", "invalid_request");

        HttpResponse<String> badScope = world.admin("POST", "/api/v1/admin/clients", Json.write(Map.of("clientId",
                "smart-bad-" + UUID.randomUUID(), "name", "Bad", "tokenEndpointAuthMethod", "none", "redirectUris", List.of(REDIRECT),
                "grantTypes", List.of("authorization_code"), "scopes", List.of("openid", "patient/MedicationRequest.rs"))));
        assertThat(badScope.statusCode()).as(badScope.body()).isEqualTo(400);
        assertThat(badScope.body()).contains("scopes");
    }

    private static void uploadVitals(CareWorld world, String patientId) {
        DeviceClient gateway = world.gateway(patientId);
        Instant measured = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        HttpResponse<String> uploaded = world.call("POST", "/api/v1/observations", Json.write(Map.of("observations", List.of(
                Map.of("measurementId", UUID.randomUUID(), "kind", "heart-rate", "value", 72, "unit", "/min", "measuredAt", measured.toString()),
                Map.of("measurementId", UUID.randomUUID(), "kind", "spo2", "value", 97, "unit", "%", "measuredAt", measured.toString())))),
                gateway.token(world.oidc()));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    }

    private static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true).setExecutablePath(Path.of("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
    }

    /** Vigil's login page in the browser, the CLI approving the matching code it shows. */
    private static void logIn(Page page, String email, AuthenticatorCli cli) {
        page.waitForSelector("#login-name");
        page.fill("#login-name", email);
        page.click("#send");
        page.waitForSelector("#matching-code:not(:empty)");
        String matchingCode = page.textContent("#matching-code").strip();
        CompletableFuture<AuthenticatorCli.Run> approval = CompletableFuture.supplyAsync(
                () -> cli.run("approve-next", "--binding-message-contains", "code " + matchingCode, "--timeout", "30s"));
        assertThat(approval.join().exitCode()).as(approval.join().output()).isZero();
    }

    /** The URL the browser is sent back to the app with (nobody listens there: the request is what counts). */
    private static String backAtTheApp(Page page, Runnable action) {
        return page.waitForRequest(r -> r.url().startsWith(REDIRECT), () -> {
            try {
                action.run();
            } catch (PlaywrightException e) {
                // the app's redirect URI does not answer; the request to it has been made
            }
        }).url();
    }
}
