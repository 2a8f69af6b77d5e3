package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vigil.it.support.ConsoleBrowserTest;
import org.vigil.it.support.ConsolePeople;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.WildFlyServer;

/**
 * An admin's changes in the console that shut applications and people out, in Debian's Chromium: a client edited,
 * given a new secret (the old one stops working) and disabled (its tokens stop working at the token endpoint and at
 * the API) and enabled again; a person locked (no sign-in through the hosted login, the console or CIBA, refresh and
 * access tokens refused) and unlocked. Each needs its confirmation, disabling and locking a reason; each is audited.
 * Not {@code once}: ending the tokens is SQL (a bulk revocation of refresh tokens), so it runs on PostgreSQL too.
 */
// once: a program judged by its pages, as the other console tests
@Tag("once")
class ConsoleManagementIT extends ConsoleBrowserTest {

    static final String REDIRECT = "http://localhost:9/callback";

    @Test
    void anAdminEditsAClientGivesItANewSecretDisablesItAndEnablesItAgain(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        String clientId = "night-board-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String first = oidc.register(Map.of("clientId", clientId, "name", "Night board", "tokenEndpointAuthMethod", "client_secret_basic",
                "grantTypes", List.of("client_credentials"), "firstParty", true)).get("clientSecret").asText();
        String tokenOfFirst = clientToken(oidc, clientId, first);
        assertThat(apiStatus(server, tokenOfFirst)).as("a valid token, though not an admin's").isEqualTo(403);

        ConsolePeople.Person admin = people.loggedIn("admin");
        Page page = admin.page();
        page.click("#nav-clients");
        page.click("#clients tr:has-text('" + clientId + "') button:has-text('Manage')");
        page.waitForSelector("#client-title");

        // edit: the name people see; an empty one is refused with the reason
        page.fill("#edit-form\\:edit-name", "Night shift board");
        page.click("#edit-form\\:save");
        page.waitForSelector(".ui-messages-info:has-text('Saved " + clientId + "')");
        assertThat(page.textContent("#clients tr:has-text('" + clientId + "')")).contains("Night shift board");
        page.fill("#edit-form\\:edit-name", "");
        page.click("#edit-form\\:save");
        page.waitForSelector(".ui-messages-error");
        assertThat(page.textContent(".ui-messages-error")).contains("name");
        assertThat(page.textContent("#clients tr:has-text('" + clientId + "')")).contains("Night shift board");

        // a new secret asked for and not confirmed: nothing changes
        page.click("#secret-form\\:rotate");
        page.click("#confirm-form\\:confirm-no");
        page.waitForTimeout(1000);
        assertThat(page.locator("#issued-secret").count()).isZero();
        assertThat(tokenResponse(oidc, clientId, first).statusCode()).as("the old secret still works").isEqualTo(200);

        // confirmed: shown once, the old secret no longer works, the new one does
        page.click("#secret-form\\:rotate");
        page.click("#confirm-form\\:confirm-yes");
        page.waitForSelector("#issued-secret");
        String second = page.textContent("#issued-secret").strip();
        assertThat(second).isNotBlank().isNotEqualTo(first);
        page.locator("#issued").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-client-new-secret.png")));
        assertThat(tokenResponse(oidc, clientId, first).body()).contains("invalid_client");
        String tokenOfSecond = clientToken(oidc, clientId, second);

        // disabling needs a reason, then its confirmation
        page.click("#disable-form\\:disable");
        page.click("#confirm-form\\:confirm-yes");
        page.waitForSelector(".ui-messages-error");
        assertThat(page.textContent(".ui-messages-error")).contains("reason");
        assertThat(tokenResponse(oidc, clientId, second).statusCode()).as("still enabled").isEqualTo(200);
        page.fill("#disable-form\\:reason", "Replaced by the ward dashboard");
        page.click("#disable-form\\:disable");
        page.click("#confirm-form\\:confirm-yes");
        page.waitForSelector(".ui-messages-info:has-text('Disabled " + clientId + "')");
        assertThat(page.textContent("#client-state")).isEqualTo("disabled");
        assertThat(page.textContent("#clients tr:has-text('" + clientId + "')")).contains("no");
        page.evaluate("document.getElementById('client').scrollIntoView()");
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-client-disabled.png")));
        assertThat(tokenResponse(oidc, clientId, second).body()).as("no new tokens").contains("invalid_client");
        assertThat(apiStatus(server, tokenOfSecond)).as("and the access tokens it holds are refused").isEqualTo(401);

        // enabled again: new tokens work, those from before it was disabled stay refused
        page.click("#disable-form\\:enable");
        page.waitForSelector(".ui-messages-info:has-text('Enabled " + clientId + "')");
        assertThat(page.textContent("#client-state")).isEqualTo("enabled");
        assertThat(apiStatus(server, clientToken(oidc, clientId, second))).isEqualTo(403);
        assertThat(apiStatus(server, tokenOfSecond)).isEqualTo(401);

        // the console's own client is the server configuration's, not the page's
        page.click("#clients tr:has-text('vigil-console') button:has-text('Manage')");
        page.waitForSelector("#client-title:has-text('vigil-console')");
        page.click("#secret-form\\:rotate");
        page.click("#confirm-form\\:confirm-yes");
        page.waitForSelector(".ui-messages-error");
        assertThat(page.textContent(".ui-messages-error")).contains("configuration");
        assertThat(page.locator("#issued-secret").count()).isZero();

        // every change on the audit trail, by this admin
        page.click("#nav-audit");
        page.fill("#audit-form\\:person", admin.email());
        page.fill("#audit-form\\:action", "client");
        page.click("#audit-form\\:search");
        page.waitForSelector("#results td:has-text('client.disable')");
        assertThat(page.textContent("#results")).contains("client.edit", "client.secret.rotate", "client.enable", "client:" + clientId,
                "Replaced by the ward dashboard");
        admin.context().close();
    }

    @Test
    void anAdminIssuesARegistrationTokenTheAppRegistersItselfAndTheAdminDeletesItForGood(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        ConsolePeople.Person admin = people.loggedIn("admin");
        Page page = admin.page();
        page.click("#nav-clients");

        // a registration token for one application, shown once
        String forLab = "Lab results app " + suffix;
        page.fill("#registration-token-form\\:token-description", forLab);
        page.fill("#registration-token-form\\:token-uses", "1");
        page.click("#registration-token-form\\:issue-token");
        page.waitForSelector("#issued-registration-token");
        String token = page.textContent("#issued-registration-token").strip();
        assertThat(token).isNotBlank();
        assertThat(page.textContent("#registration-tokens tr:has-text('" + forLab + "')")).contains("active");
        page.locator("#registration-tokens").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-registration-token.png")));

        // the application registers itself with it (RFC 7591); its one use is then spent
        HttpResponse<String> registered = selfRegister(oidc, token);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode app = Json.parse(registered.body());
        String appId = app.get("client_id").asText();
        String appSecret = app.get("client_secret").asText();
        assertThat(selfRegister(oidc, token).statusCode()).as("used up").isEqualTo(401);
        page.click("#nav-clients");
        page.waitForSelector("#clients tr:has-text('" + appId + "')");
        assertThat(page.textContent("#registration-tokens tr:has-text('" + forLab + "')")).contains("used up");

        // a second token, revoked before anyone used it: it registers nothing
        String forPharmacy = "Pharmacy chain app " + suffix;
        page.fill("#registration-token-form\\:token-description", forPharmacy);
        page.click("#registration-token-form\\:issue-token");
        page.waitForSelector("#issued-registration-token:not(:has-text('" + token + "'))");
        String unused = page.textContent("#issued-registration-token").strip();
        page.click("#registration-tokens tr:has-text('" + forPharmacy + "') button:has-text('Revoke')");
        page.click("#confirm-form\\:confirm-yes");
        page.waitForSelector(".ui-messages-info:has-text('Revoked the registration token for " + forPharmacy + "')");
        assertThat(page.textContent("#registration-tokens tr:has-text('" + forPharmacy + "')")).contains("revoked");
        assertThat(page.locator("#issued-registration-token").count()).as("no longer shown").isZero();
        assertThat(selfRegister(oidc, unused).statusCode()).isEqualTo(401);

        // registered in the console and held to FAPI 2.0's demands; keys at a plain-HTTP address elsewhere are refused
        String heldId = "fapi-app-" + suffix;
        page.fill("#register-form\\:client-id", heldId);
        page.fill("#register-form\\:name", "Held app");
        page.fill("#register-form\\:redirect-uris", REDIRECT);
        page.fill("#register-form\\:jwks-uri", "http://keys.example.org/jwks");
        page.click("#register-form\\:require-par .ui-chkbox-box");
        page.click("#register-form\\:require-dpop .ui-chkbox-box");
        page.click("#register-form\\:register");
        page.waitForSelector(".ui-messages-error");
        assertThat(page.textContent(".ui-messages-error")).contains("jwksUri");
        assertThat(page.textContent("#clients")).doesNotContain(heldId);
        page.fill("#register-form\\:jwks-uri", "");
        page.fill("#register-form\\:frontchannel-logout-uri", "https://held.example.org/frontchannel-logout");
        page.click("#register-form\\:frontchannel-session .ui-chkbox-box");
        page.click("#register-form\\:register");
        page.waitForSelector(".ui-messages-info:has-text('Registered " + heldId + "')");
        page.click("#clients tr:has-text('" + heldId + "') button:has-text('Manage')");
        page.waitForSelector("#client-title:has-text('" + heldId + "')");
        assertThat(page.textContent("#client-facts")).contains("PAR, DPoP");
        JsonNode held = adminClient(oidc, heldId);
        assertThat(held.get("requirePushedAuthorizationRequests").asBoolean()).isTrue();
        assertThat(held.get("dpopBoundAccessTokens").asBoolean()).isTrue();
        assertThat(page.textContent("#client-facts")).contains("https://held.example.org/frontchannel-logout");
        assertThat(held.get("frontchannelLogoutUri").asText()).isEqualTo("https://held.example.org/frontchannel-logout");
        assertThat(held.get("frontchannelLogoutSessionRequired").asBoolean()).isTrue();

        // deleting the self-registered application needs a reason, then its confirmation; afterwards it is gone for good
        assertThat(tokenResponse(oidc, appId, appSecret).statusCode()).isEqualTo(200);
        page.click("#clients tr:has-text('" + appId + "') button:has-text('Manage')");
        page.waitForSelector("#client-title:has-text('" + appId + "')");
        page.click("#delete-form\\:delete");
        page.click("#confirm-form\\:confirm-yes");
        page.waitForSelector(".ui-messages-error");
        assertThat(page.textContent(".ui-messages-error")).contains("reason");
        assertThat(tokenResponse(oidc, appId, appSecret).statusCode()).as("still there").isEqualTo(200);
        page.fill("#delete-form\\:delete-reason", "The lab moved to the hospital's own system");
        page.click("#delete-form\\:delete");
        page.click("#confirm-form\\:confirm-yes");
        page.waitForSelector(".ui-messages-info:has-text('Deleted " + appId + "')");
        assertThat(page.locator("#client-title").count()).isZero();
        assertThat(page.textContent("#clients")).doesNotContain(appId);
        assertThat(tokenResponse(oidc, appId, appSecret).body()).contains("invalid_client");

        page.click("#nav-audit");
        page.fill("#audit-form\\:person", admin.email());
        page.fill("#audit-form\\:action", "client");
        page.click("#audit-form\\:search");
        page.waitForSelector("#results td:has-text('client.delete')");
        assertThat(page.textContent("#results")).contains("client.initial-access-token.issue", "client.initial-access-token.revoke",
                "client:" + appId, "The lab moved to the hospital's own system");
        admin.context().close();
    }

    @Test
    void aLockedPersonSignsInNowhereAndTheirTokensEndUntilUnlocked(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        ConsolePeople.Member member = people.signedUp("supervisor");
        String app = "ward-app-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String appSecret = oidc.register(Map.of("clientId", app, "name", "Ward app", "tokenEndpointAuthMethod", "client_secret_basic",
                "redirectUris", List.of(REDIRECT), "grantTypes", List.of("authorization_code", "refresh_token"), "scopes", List.of("openid"),
                "firstParty", true)).get("clientSecret").asText();
        JsonNode ciba = oidc.register(Map.of("clientId", "lock-ciba-" + System.nanoTime(), "name", "Station",
                "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of("urn:openid:params:grant-type:ciba"), "firstParty", true));
        String cibaAuth = Oidc.basic(ciba.get("clientId").asText(), ciba.get("clientSecret").asText());
        JsonNode tokens = signIn(server, app, appSecret, member);
        String access = tokens.get("access_token").asText();
        String refresh = tokens.get("refresh_token").asText();
        assertThat(apiStatus(server, access)).isEqualTo(403);

        ConsolePeople.Person admin = people.loggedIn("admin");
        Page page = admin.page();
        page.click("#nav-people");
        page.fill("#search-form\\:query", member.email());
        page.click("#search-form\\:search");
        page.waitForSelector("text=" + member.email());
        page.click("#results-form button:has-text('Open')");
        page.waitForSelector("#person-id");
        assertThat(page.textContent("#person-status")).isEqualTo("ACTIVE");

        // no reason: refused; a reason but not confirmed: nothing happens
        page.click("#lock-form\\:lock");
        page.click("#confirm-form\\:confirm-yes");
        page.waitForSelector(".ui-messages-error");
        assertThat(page.textContent(".ui-messages-error")).contains("reason");
        page.fill("#lock-form\\:lock-reason", "Phone reported stolen");
        page.click("#lock-form\\:lock");
        page.click("#confirm-form\\:confirm-no");
        page.waitForTimeout(1000);
        assertThat(page.textContent("#person-status")).isEqualTo("ACTIVE");
        HttpResponse<String> refreshed = oidc.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refresh),
                Oidc.basic(app, appSecret));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        refresh = Json.parse(refreshed.body()).get("refresh_token").asText();

        // locked
        page.click("#lock-form\\:lock");
        page.click("#confirm-form\\:confirm-yes");
        page.waitForSelector(".ui-messages-info:has-text('Locked')");
        assertThat(page.textContent("#person-status")).isEqualTo("LOCKED");
        page.screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-people-locked.png")).setFullPage(true));

        // their tokens end: refresh, API, introspection
        HttpResponse<String> refusedRefresh = oidc.tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refresh),
                Oidc.basic(app, appSecret));
        assertThat(refusedRefresh.statusCode()).isEqualTo(400);
        assertThat(refusedRefresh.body()).contains("invalid_grant");
        assertThat(apiStatus(server, access)).isEqualTo(401);
        HttpResponse<String> introspected = oidc.post("/oidc/introspect", Map.of("token", access), Oidc.basic(app, appSecret));
        assertThat(Json.parse(introspected.body()).get("active").asBoolean()).isFalse();

        // no sign-in: CIBA and the hosted login answer access_denied and say why
        HttpResponse<String> backchannel = oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", member.email(),
                "binding_message", "Lock check"), cibaAuth);
        assertThat(backchannel.statusCode()).as(backchannel.body()).isEqualTo(403);
        assertThat(Json.parse(backchannel.body()).get("error").asText()).isEqualTo("access_denied");
        assertThat(Json.parse(backchannel.body()).get("error_description").asText()).contains("locked");
        Oidc browser = new Oidc(server);
        HttpResponse<String> denied = browser.loginWithCli(browser.browse(authorize(app, Oidc.verifier())), member.email(), member.cli());
        assertThat(denied.statusCode()).isEqualTo(303);
        Map<String, String> answer = Oidc.queryOf(denied.headers().firstValue("Location").orElseThrow());
        assertThat(answer.get("error")).isEqualTo("access_denied");
        assertThat(answer.get("error_description")).contains("locked");
        assertThat(answer).doesNotContainKey("code");

        // nor into the console
        List<String> seen = new ArrayList<>();
        ConsolePeople.Person refused = people.logIn(member, seen);
        assertThat(refused.page().locator("#page-title").count()).isZero();
        assertThat(seen).anySatisfy(url -> assertThat(url).contains("/admin/").contains("error=access_denied"));
        refused.page().waitForSelector("#error-title:has-text('Sign-in refused')");
        assertThat(refused.page().textContent("#error-text")).contains("The account is locked");
        refused.page().screenshot(new Page.ScreenshotOptions().setPath(ConsolePeople.screenshot("console-locked-login.png")));
        refused.context().close();

        // on the audit trail with the reason
        page.click("#nav-audit");
        page.fill("#audit-form\\:person", member.email());
        page.fill("#audit-form\\:action", "account.lock");
        page.click("#audit-form\\:search");
        page.waitForSelector("#results td:has-text('account.lock')");
        assertThat(page.textContent("#results")).contains("account:" + admin.accountId(), "Phone reported stolen");

        // unlocked: they sign in again
        page.click("#nav-people");
        page.fill("#search-form\\:query", member.email());
        page.click("#search-form\\:search");
        page.waitForSelector("text=" + member.email());
        page.click("#results-form button:has-text('Open')");
        page.waitForSelector("#lock-form\\:unlock");
        page.click("#lock-form\\:unlock");
        page.waitForSelector(".ui-messages-info:has-text('Unlocked')");
        assertThat(page.textContent("#person-status")).isEqualTo("ACTIVE");
        ConsolePeople.Person again = people.logIn(member);
        assertThat(again.page().textContent("#page-title")).isEqualTo("Overview");
        again.context().close();
        assertThat(oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", member.email(), "binding_message", "Back again"),
                cibaAuth).statusCode()).isEqualTo(200);
        admin.context().close();
    }

    /** The member signs in to the app on the hosted login page, their CLI approving; @return the token response */
    private static JsonNode signIn(WildFlyServer server, String app, String secret, ConsolePeople.Member member) {
        Oidc browser = new Oidc(server);
        String verifier = Oidc.verifier();
        HttpResponse<String> back = browser.loginWithCli(browser.browse(authorize(app, verifier)), member.email(), member.cli());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        String code = Oidc.queryOf(back.headers().firstValue("Location").orElseThrow()).get("code");
        HttpResponse<String> tokens = browser.tokenRequest(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "code_verifier", verifier), Oidc.basic(app, secret));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return Json.parse(tokens.body());
    }

    /**
     * The console hands the business layer the session's access token, checked as the API checks a bearer token: once an
     * admin is locked out (a stolen phone), the console session they left open changes nothing more, though WildFly's
     * OIDC client would let it run until its token expires.
     */
    @Test
    void aLockedAdminsOpenConsoleSessionChangesNothingMore(WildFlyServer server) {
        Oidc oidc = new Oidc(server);
        ConsolePeople.Member grantee = people.signedUp();
        ConsolePeople.Person admin = people.loggedIn("admin");
        Page page = admin.page();
        page.click("#nav-people");
        page.fill("#search-form\\:query", grantee.email());
        page.click("#search-form\\:search");
        page.waitForSelector("text=" + grantee.email());
        page.click("#results-form button:has-text('Open')");
        page.waitForSelector("#person-id");

        HttpResponse<String> locked = adminCall(oidc, "/api/v1/admin/accounts/" + admin.accountId() + "/lock",
                Json.write(Map.of("reason", "Phone reported stolen")));
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(200);

        page.selectOption("#roles-form\\:role_input", "nurse");
        page.click("#roles-form\\:grant");
        page.waitForSelector(".ui-messages-error");
        assertThat(page.textContent(".ui-messages-error")).contains("Your sign-in no longer counts");
        HttpResponse<String> unchanged = adminCall(oidc, "/api/v1/admin/accounts/" + grantee.accountId() + "/unlock", "");
        assertThat(unchanged.statusCode()).as(unchanged.body()).isEqualTo(200);
        assertThat(Json.parse(unchanged.body()).get("roles").toString()).doesNotContain("nurse");
        admin.context().close();
    }

    private static HttpResponse<String> selfRegister(Oidc oidc, String initialAccessToken) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/oidc/register")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + initialAccessToken)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("client_name", "Lab results",
                        "grant_types", List.of("client_credentials"), "token_endpoint_auth_method", "client_secret_basic")))));
    }

    private static JsonNode adminClient(Oidc oidc, String clientId) {
        HttpResponse<String> all = Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/clients"))
                .header("Authorization", "Bearer " + oidc.adminToken()));
        for (JsonNode client : Json.parse(all.body())) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError(clientId + " is not among the clients: " + all.body());
    }

    private static HttpResponse<String> adminCall(Oidc oidc, String path, String json) {
        return Http.send(HttpRequest.newBuilder(URI.create(oidc.issuer() + path)).header("Authorization", "Bearer " + oidc.adminToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String authorize(String app, String verifier) {
        return Oidc.authorizePath(Map.of("response_type", "code", "client_id", app, "redirect_uri", REDIRECT, "scope", "openid",
                "state", "s", "code_challenge", Oidc.challenge(verifier), "code_challenge_method", "S256"));
    }

    private static HttpResponse<String> tokenResponse(Oidc oidc, String clientId, String secret) {
        return oidc.tokenRequest(Map.of("grant_type", "client_credentials"), Oidc.basic(clientId, secret));
    }

    private static String clientToken(Oidc oidc, String clientId, String secret) {
        HttpResponse<String> response = tokenResponse(oidc, clientId, secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body()).get("access_token").asText();
    }

    /** 401 when the API refuses the token itself, 403 when it accepts it but not for the admin list. */
    private static int apiStatus(WildFlyServer server, String token) {
        return Http.send(HttpRequest.newBuilder(URI.create(new Oidc(server).issuer() + "/api/v1/admin/clients"))
                .header("Authorization", "Bearer " + token).GET()).statusCode();
    }
}
