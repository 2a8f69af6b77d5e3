package org.vigil.it.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A relying party and a browser, written in the test from the OAuth and OpenID Connect
 * specifications: enough to walk the flows against the real server, and to break them on purpose.
 */
public final class Oidc {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WildFlyServer server;
    /** The browser: keeps cookies, never follows redirects by itself. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public Oidc(WildFlyServer server) {
        this.server = server;
    }

    public String issuer() {
        String base = server.baseUrl().toString();
        return base.substring(0, base.length() - 1);
    }

    public String adminToken() {
        HttpResponse<String> response = tokenRequest(Map.of("grant_type", "client_credentials"),
                basic("vigil-admin", VigilSystem.ADMIN_CLIENT_SECRET));
        if (response.statusCode() != 200) {
            throw new AssertionError("no admin token: " + response.body());
        }
        return Json.parse(response.body()).get("access_token").asText();
    }

    /** Registers a client through the admin API; returns the answer (with the secret, if any). */
    public JsonNode register(Map<String, Object> client) {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(issuer() + "/api/v1/admin/clients"))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(client))));
        if (response.statusCode() != 201) {
            throw new AssertionError("client not registered: " + response.body());
        }
        return Json.parse(response.body());
    }

    public HttpResponse<String> tokenRequest(Map<String, String> form, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer() + "/oidc/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Http.send(request);
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Http.send(request);
    }

    /** The browser goes somewhere (a path on the server or an absolute URL). */
    public HttpResponse<String> browse(String pathOrUrl) {
        return browserSend(HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : issuer() + pathOrUrl)).GET());
    }

    /** The browser fetches an image (the login page's QR code), with its cookies. */
    public HttpResponse<byte[]> browseBytes(String path) {
        try {
            return browser.send(HttpRequest.newBuilder(URI.create(issuer() + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> browserSend(HttpRequest.Builder request) {
        try {
            return browser.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logs the person in on the hosted page, approving with their device; returns the next redirect after login. */
    public HttpResponse<String> loginWithDevice(HttpResponse<String> loginPage, String login, TestDevice device) {
        String pending = between(loginPage.body(), "data-pending=\"", "\"");
        HttpResponse<String> started = browserSend(HttpRequest.newBuilder(URI.create(issuer() + "/oidc/login/device"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("pending", pending, "login", login)))));
        String matchingCode = Json.parse(started.body()).get("matchingCode").asText();
        JsonNode request = device.awaitRequest("code " + matchingCode, Duration.ofSeconds(10));
        HttpResponse<String> decided = device.decide(request, "approve");
        if (decided.statusCode() != 204) {
            throw new AssertionError("approval refused: " + decided.body());
        }
        JsonNode status = Json.parse(loginStatus(pending).body());
        if (!"approved".equals(status.get("status").asText())) {
            throw new AssertionError("login not approved: " + status);
        }
        return browse(status.get("next").asText());
    }

    /** The same login, approved by the real authenticator CLI instead of the test's device. */
    public HttpResponse<String> loginWithCli(HttpResponse<String> loginPage, String login, AuthenticatorCli cli) {
        String pending = between(loginPage.body(), "data-pending=\"", "\"");
        HttpResponse<String> started = browserSend(HttpRequest.newBuilder(URI.create(issuer() + "/oidc/login/device"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("pending", pending, "login", login)))));
        String matchingCode = Json.parse(started.body()).get("matchingCode").asText();
        AuthenticatorCli.Run approved = cli.run("approve-next", "--binding-message-contains", "code " + matchingCode, "--timeout", "30s");
        if (approved.exitCode() != 0) {
            throw new AssertionError("the CLI did not approve: " + approved.output());
        }
        JsonNode status = Json.parse(loginStatus(pending).body());
        if (!"approved".equals(status.get("status").asText())) {
            throw new AssertionError("login not approved: " + status);
        }
        return browse(status.get("next").asText());
    }

    /** What the login page's script asks while it waits: the status of this browser's pending login (POST, so the id stays out of URLs). */
    public HttpResponse<String> loginStatus(String pending) {
        return browserSend(HttpRequest.newBuilder(URI.create(issuer() + "/oidc/login/status"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("pending", pending)))));
    }

    /** The pending login's id as the login page carries it. */
    public static String pendingOf(HttpResponse<String> loginPage) {
        return between(loginPage.body(), "data-pending=\"", "\"");
    }

    /** Allows the client on the consent page the login led to; returns the redirect back to the client. */
    public HttpResponse<String> allowConsent(HttpResponse<String> consentPage) {
        if (consentPage.statusCode() != 200 || !consentPage.body().contains("name=\"form_token\"")) {
            throw new AssertionError("not a consent page: " + consentPage.statusCode() + " " + consentPage.body());
        }
        return browserSend(HttpRequest.newBuilder(URI.create(issuer() + "/oidc/authorize/consent"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "pending", between(consentPage.body(), "name=\"pending\" value=\"", "\""),
                        "form_token", between(consentPage.body(), "name=\"form_token\" value=\"", "\""),
                        "decision", "allow")))));
    }

    public static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((enc(clientId) + ":" + enc(secret)).getBytes(StandardCharsets.UTF_8));
    }

    public static String verifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String authorizePath(Map<String, String> parameters) {
        return "/oidc/authorize?" + form(parameters);
    }

    public static Map<String, String> queryOf(String location) {
        String query = URI.create(location).getRawQuery();
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    public static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        if (from < 0) {
            throw new AssertionError("no " + start + " in " + text);
        }
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
