package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vigil.client.sdk.ServerInfo;
import org.vigil.client.sdk.VigilClient;
import org.vigil.it.support.ConsoleBrowserTest;
import org.vigil.it.support.ConsolePeople;
import org.vigil.it.support.FhirValidation;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.PushService;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.WildFlyServer;

/**
 * The console ({@code /admin}) in Debian's Chromium: people log in through Vigil's own login page,
 * their CLI authenticator approving, and do their role's main task. Screenshots of the main pages
 * go to {@code target/screenshots} (copies in {@code docs/screenshots}).
 */
@Tag("once")
class ConsoleIT extends ConsoleBrowserTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void nothingAnswersWithoutASession(WildFlyServer server) {
        for (String path : List.of("admin/", "admin/people.xhtml", "admin/audit/export?format=csv", "admin/nothing.xhtml")) {
            HttpResponse<String> page = Http.get(server.baseUrl().resolve(path));

            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l)
                    .contains("/oidc/authorize").contains("client_id=vigil-console")
                    .contains("redirect_uri=" + URLEncoder.encode(server.baseUrl().resolve("admin/").toString(), StandardCharsets.UTF_8)));
        }
        assertThat(Http.get(server.baseUrl().resolve("admin/signed-out.html")).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminGrantsARoleRegistersAClientAndFindsBothInTheAuditTrail(WildFlyServer server, MailCatcher mail) throws Exception {
        ConsolePeople.Person admin = people.loggedIn("admin");
        Page page = admin.page();
        ServerInfo info = new VigilClient(server.baseUrl()).info();
        assertThat(page.textContent("#page-title")).isEqualTo("Overview");
        assertThat(page.textContent("#version")).isEqualTo(info.version());
        assertThat(page.textContent("#user-roles")).contains("admin");
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-overview.png")));

        // people: find someone by email, grant them a role, see it on their page
        SignUps.Person nurse = SignUps.Person.random();
        String nurseId = SignUps.level1Account(server, mail, nurse).id();
        page.click("#nav-people");
        page.fill("#search-form\\:query", nurse.email());
        page.press("#search-form\\:query", "Enter");
        page.waitForSelector("text=" + nurse.email());
        page.click("#results-form button:has-text('Open')");
        page.waitForSelector("#person-id");
        assertThat(page.textContent("#person-id")).isEqualTo(nurseId);
        assertThat(page.textContent("#person-kyc")).isEqualTo("1");
        page.selectOption("#roles-form\\:role_input", "nurse");
        page.click("#roles-form\\:grant");
        page.waitForSelector("#person-roles li:has-text('nurse')");
        assertThat(page.textContent(".ui-messages")).contains("Granted nurse");
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-people.png")));

        // applications: register one; its secret is shown once
        String clientId = "console-app-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        page.click("#nav-clients");
        page.fill("#register-form\\:client-id", clientId);
        page.fill("#register-form\\:name", "Ward dashboard");
        page.fill("#register-form\\:redirect-uris", "https://ward.example.org/callback");
        page.click("#register-form\\:register");
        page.waitForSelector("#issued-secret");
        String secret = page.textContent("#issued-secret").strip();
        assertThat(page.textContent("#clients")).contains(clientId, "Ward dashboard");
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-clients.png")));
        Oidc oidc = new Oidc(server);
        assertThat(oidc.tokenRequest(Map.of("grant_type", "client_credentials"), Oidc.basic(clientId, secret)).body())
                .as("the secret shown is the client's: it authenticates (and is refused a grant it was not registered for)")
                .contains("unauthorized_client").doesNotContain("invalid_client");
        // a bad registration is refused with the reason, and nothing is registered
        page.fill("#register-form\\:client-id", "x");
        page.fill("#register-form\\:name", "Too short an id");
        page.click("#register-form\\:register");
        page.waitForSelector(".ui-messages-error");
        assertThat(page.textContent(".ui-messages-error")).contains("clientId");

        // the audit trail: both actions, by the admin, found by person and by action; exported as CSV and FHIR
        page.click("#nav-audit");
        page.fill("#audit-form\\:person", nurse.email());
        page.fill("#audit-form\\:action", "account.role");
        page.click("#audit-form\\:search");
        page.waitForSelector("#results td:has-text('account.role.grant')");
        assertThat(page.textContent("#results")).contains("account:" + admin.accountId(), "account:" + nurseId);
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-audit.png")));
        Download csv = page.waitForDownload(() -> page.click("#export-csv"));
        String csvText = java.nio.file.Files.readString(csv.path());
        assertThat(csvText).startsWith("occurred_at,source,actor,action,target,outcome,client_address,details")
                .contains("account.role.grant,account:" + nurseId + ",SUCCESS");
        Download fhir = page.waitForDownload(() -> page.click("#export-fhir"));
        String bundle = java.nio.file.Files.readString(fhir.path());
        JsonNode parsed = Json.parse(bundle);
        assertThat(parsed.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(parsed.get("entry").get(0).get("resource").get("resourceType").asText()).isEqualTo("AuditEvent");
        assertThat(FhirValidation.errors(bundle)).isEmpty();
        page.fill("#audit-form\\:person", "");
        page.fill("#audit-form\\:action", "client.register");
        page.click("#audit-form\\:search");
        page.waitForSelector("#results td:has-text('client:" + clientId + "')");
        // a malformed search is refused with the reason
        page.fill("#audit-form\\:patient", "not-an-id");
        page.click("#audit-form\\:search");
        page.waitForSelector(".ui-messages-error");
        assertThat(page.textContent(".ui-messages-error")).contains("patient");
        // and so is a malformed export, with no data
        APIResponse badExport = admin.context().request().get(people.consoleUrl("audit/export?format=csv&from=yesterday"));
        assertThat(badExport.status()).isEqualTo(400);
        assertThat(badExport.text()).doesNotContain("occurred_at");
        admin.context().close();
    }

    @Test
    void anAdminRetriesADeadLetterAndTheRetryIsOnRecord(WildFlyServer server, MailCatcher mail) throws Exception {
        ConsolePeople.Person admin = people.loggedIn("admin");
        Page page = admin.page();
        try (PushService pushService = PushService.start()) {
            String recipient = deadLetterFor(server, mail, pushService);
            openUntilShown(page, "#nav-dead-letters", "#dead-letters-form\\:dead-letters td:has-text('" + recipient + "')");
            page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-dead-letters.png")));
            page.click("#dead-letters-form\\:dead-letters tr:has-text('" + recipient + "') button:has-text('Retry')");
            page.waitForSelector(".ui-messages-info");
            assertThat(page.textContent(".ui-messages-info")).contains("Put back on the push queue");
            assertThat(pushService.next(WAIT).get("status").asInt()).as("delivered again (and refused again)").isEqualTo(400);
        }
        page.click("#nav-audit");
        page.fill("#audit-form\\:action", "push.dead-letter");
        page.fill("#audit-form\\:person", admin.email());
        page.click("#audit-form\\:search");
        page.waitForSelector("#results td:has-text('push.dead-letter.retry')");
        admin.context().close();
    }

    @Test
    void aFormPostedWithoutItsViewStateChangesNothing(WildFlyServer server, MailCatcher mail) {
        ConsolePeople.Person admin = people.loggedIn("admin");
        Page page = admin.page();
        SignUps.Person target = SignUps.Person.random();
        String targetId = SignUps.level1Account(server, mail, target).id();
        page.click("#nav-people");
        page.fill("#search-form\\:query", target.email());
        page.click("#search-form\\:search");
        page.waitForSelector("text=" + target.email());
        page.click("#results-form button:has-text('Open')");
        page.waitForSelector("#person-id");
        String viewState = page.inputValue("#roles-form input[name='jakarta.faces.ViewState']");

        // what another site could make the admin's browser send: the right fields, but not the page's view state
        APIResponse forged = admin.context().request().post(people.consoleUrl("people.xhtml"), RequestOptions.create().setForm(grant("admin", "1:2")));
        assertThat(forged.text()).doesNotContain("Granted");
        assertThat(rolesOf(server, targetId)).doesNotContain("admin");

        // the same post with the page's own view state is what the grant button sends: it works
        APIResponse real = admin.context().request().post(people.consoleUrl("people.xhtml"), RequestOptions.create().setForm(grant("admin", viewState)));
        assertThat(real.text()).contains("Granted admin");
        assertThat(rolesOf(server, targetId)).contains("admin");
        admin.context().close();
    }

    private static FormData grant(String role, String viewState) {
        return FormData.create().set("roles-form", "roles-form").set("roles-form:role_input", role).set("roles-form:grant", "")
                .set("jakarta.faces.ViewState", viewState);
    }

    private static String rolesOf(WildFlyServer server, String accountId) {
        Oidc oidc = new Oidc(server);
        HttpResponse<String> roles = oidc.browserSend(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/accounts/" + accountId
                + "/roles/patient")).PUT(HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer " + oidc.adminToken()));
        return Json.parse(roles.body()).get("roles").toString();
    }

    @Test
    void loggingOutEndsTheSession() {
        ConsolePeople.Person supervisor = people.loggedIn("supervisor");
        Page page = supervisor.page();

        page.click("#logout-form\\:logout");
        page.waitForSelector("#error-title");
        assertThat(page.textContent("#error-title")).isEqualTo("You are logged out");
        page.navigate(people.consoleUrl("assignments.xhtml"));
        page.waitForSelector("#login-name");
        assertThat(page.url()).contains("/oidc/");
        supervisor.context().close();
    }

    /** A push message to a fresh person whose only endpoint refuses it: it ends on the dead-letter queue. @return the recipient */
    /**
     * The refused delivery reaches the dead-letter queue after the push service's own retries, which
     * take longer on a loaded machine: the page shows what is there when it is opened, so it is opened again.
     */
    private static void openUntilShown(Page page, String navigation, String selector) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            page.click(navigation);
            try {
                page.waitForSelector(selector, new Page.WaitForSelectorOptions().setTimeout(3_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
        }
    }

    private static String deadLetterFor(WildFlyServer server, MailCatcher mail, PushService pushService) {
        Oidc oidc = new Oidc(server);
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person);
        TestDevice device = new TestDevice(server);
        device.enroll(account.enrollmentCode(), "browser");
        device.call("POST", "/api/v1/push/subscriptions", pushService.subscriptionJson("/refuse/" + person.phone()));
        JsonNode client = oidc.register(Map.of("clientId", "console-ciba-" + System.nanoTime(), "name", "Station",
                "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of("urn:openid:params:grant-type:ciba"), "firstParty", true));
        HttpResponse<String> started = oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", person.email(),
                "binding_message", "Console dead letter " + ThreadLocalRandom.current().nextInt(1000, 9999)),
                Oidc.basic(client.get("clientId").asText(), client.get("clientSecret").asText()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(pushService.next(WAIT).get("status").asInt()).isEqualTo(400);
        return account.id();
    }
}
