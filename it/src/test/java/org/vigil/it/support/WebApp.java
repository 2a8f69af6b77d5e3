package org.vigil.it.support;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A web application registered with Vigil's OpenID Connect provider, the tests' way to a person's
 * access token: authorization code with PKCE in a browser, the person approving the login on
 * their authenticator, the consent page allowed when the application is not Vigil's own, and
 * the code redeemed by the application with its secret.
 */
public final class WebApp {

    private static final String REDIRECT = "http://localhost:9/callback";

    private final WildFlyServer server;
    private final String clientId;
    private final String clientSecret;
    private final boolean firstParty;
    private final List<String> scopes;

    private WebApp(WildFlyServer server, String clientId, String clientSecret, boolean firstParty, List<String> scopes) {
        this.server = server;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.firstParty = firstParty;
        this.scopes = scopes;
    }

    /** Registers a confidential authorization-code client through the admin API. */
    public static WebApp register(WildFlyServer server, String name, boolean firstParty) {
        return register(server, name, firstParty, List.of("openid"));
    }

    /** The same, allowed these scopes and asking for all of them at each login (the console asks for {@code vigil:admin}). */
    public static WebApp register(WildFlyServer server, String name, boolean firstParty, List<String> scopes) {
        JsonNode client = new Oidc(server).register(Map.of("clientId", "app-" + UUID.randomUUID(), "name", name,
                "tokenEndpointAuthMethod", "client_secret_basic", "redirectUris", List.of(REDIRECT),
                "grantTypes", List.of("authorization_code"), "scopes", scopes, "firstParty", firstParty));
        return new WebApp(server, client.get("clientId").asText(), client.get("clientSecret").asText(), firstParty, scopes);
    }

    /**
     * @param login how the person approves the login page (their device, the CLI): the browser and
     *              the login page in, the answer that leads on out
     */
    public String accessToken(BiFunction<Oidc, HttpResponse<String>, HttpResponse<String>> login) {
        Oidc oidc = new Oidc(server);
        String verifier = Oidc.verifier();
        Oidc browser = new Oidc(server);
        HttpResponse<String> loginPage = browser.browse(Oidc.authorizePath(Map.of("response_type", "code", "client_id", clientId,
                "redirect_uri", REDIRECT, "scope", String.join(" ", scopes), "state", "s", "code_challenge", Oidc.challenge(verifier),
                "code_challenge_method", "S256")));
        HttpResponse<String> loggedIn = login.apply(browser, loginPage);
        HttpResponse<String> back = firstParty ? loggedIn : browser.allowConsent(loggedIn);
        if (back.statusCode() != 303) {
            throw new AssertionError("login did not redirect: " + back.statusCode() + " " + back.body());
        }
        String code = Oidc.queryOf(back.headers().firstValue("Location").orElseThrow()).get("code");
        HttpResponse<String> tokens = oidc.tokenRequest(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT,
                "code_verifier", verifier), Oidc.basic(clientId, clientSecret));
        if (tokens.statusCode() != 200) {
            throw new AssertionError("no tokens: " + tokens.body());
        }
        return Json.parse(tokens.body()).get("access_token").asText();
    }
}
