package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.CookieManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.it.support.ConsolePeople;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * A scripted scan of the running server, as a hospital's security team runs one: every page and
 * interface family over HTTPS, its ordinary answers and its errors, checked for the headers,
 * cookie flags and error bodies a review expects, and the TLS versions the listener accepts. A
 * regression anywhere fails the build (issue #13).
 */
@Tag("once")
@ExtendWith(VigilServerExtension.class)
class SecurityScanIT {

    /**
     * Sent in a query parameter or body of every error probe: no error may quote it back. (A URL
     * is kept to a few KB: over HTTP/2 Undertow refuses larger header blocks outright.)
     */
    private static final String LARGE_INPUT = "SCAN" + "x".repeat(4_000);
    private static final String LARGE_BODY = "SCAN" + "x".repeat(40_000);

    private record Probe(String family, String method, String path, String contentType, String body) {
        static Probe get(String family, String path) {
            return new Probe(family, "GET", path, null, null);
        }

        static Probe post(String family, String path, String contentType, String body) {
            return new Probe(family, "POST", path, contentType, body);
        }
    }

    /** What anyone may cache: certificates and CRLs, style sheets, the discovery document and the public keys (JWKS). */
    private static final java.util.Set<String> PUBLIC_DOCUMENTS = java.util.Set.of("pki", "assets", "well-known");

    /** Ordinary answers: one or more per family. */
    private static final List<Probe> PAGES = List.of(
            Probe.get("root", "/"),
            Probe.get("api", "/api/v1/info"),
            Probe.get("api", "/api/v1/push/vapid-public-key"),
            Probe.get("well-known", "/.well-known/openid-configuration"),
            Probe.get("oidc", "/oidc/jwks"),
            Probe.get("fhir", "/fhir/metadata"),
            Probe.get("pki", "/pki/root-ca.cer"),
            Probe.get("admin", "/admin/"),
            Probe.get("app", "/app/"),
            Probe.get("app", "/app/js/app.js"),
            Probe.get("assets", "/assets/pages.css"));

    /** Errors: unknown paths, refused calls and garbage, one or more per family, each with a large input to echo. */
    private static final List<Probe> ERRORS = List.of(
            Probe.get("root", "/no-such-page.html?q=" + LARGE_INPUT),
            Probe.get("api", "/api/v1/no-such-thing?q=" + LARGE_INPUT),
            Probe.get("api", "/api/v1/patients/x/latest-vitals?q=" + LARGE_INPUT),
            Probe.post("api", "/api/v1/compatibility?q=" + LARGE_INPUT, "application/json", "{\"component\":\"" + LARGE_BODY + "\""),
            Probe.post("api", "/api/v1/compatibility", "application/json", "{\"component\":\"" + LARGE_BODY + "\",\"version\":\"1\"}"),
            Probe.get("oidc", "/oidc/authorize?client_id=" + LARGE_INPUT + "&response_type=code"),
            Probe.post("oidc", "/oidc/token?q=" + LARGE_INPUT, "application/x-www-form-urlencoded", "grant_type=" + LARGE_BODY),
            Probe.get("oidc", "/oidc/userinfo?q=" + LARGE_INPUT),
            Probe.get("well-known", "/.well-known/no-such-document?q=" + LARGE_INPUT),
            Probe.get("fhir", "/fhir/Patient/" + "p".repeat(200) + "?q=" + LARGE_INPUT),
            Probe.get("fhir", "/fhir/NoSuchType?q=" + LARGE_INPUT),
            Probe.post("pki", "/pki/ocsp?q=" + LARGE_INPUT, "application/ocsp-request", LARGE_BODY),
            Probe.post("pki", "/pki/tsa", "application/timestamp-query", LARGE_BODY),
            Probe.get("admin", "/admin/no-such-page.xhtml?q=" + LARGE_INPUT),
            Probe.post("admin", "/admin/index.xhtml", "application/x-www-form-urlencoded",
                    "jakarta.faces.ViewState=" + LARGE_BODY + "&j_idt5=" + LARGE_BODY),
            Probe.get("app", "/app/no-such-file?q=" + LARGE_INPUT),
            Probe.post("app", "/app/index.html?q=" + LARGE_INPUT, "application/json", "{\"a\":\"" + LARGE_BODY + "\"}"),
            Probe.get("ws", "/ws/push?q=" + LARGE_INPUT),
            Probe.get("ws", "/ws/station?q=" + LARGE_INPUT),
            Probe.get("ws", "/ws/call?q=" + LARGE_INPUT));

    @Test
    void everyFamilysAnswersCarryTheSecurityHeaders(WildFlyServer server) throws Exception {
        HttpClient client = client();
        SoftAssertions softly = new SoftAssertions();
        List<Probe> all = new ArrayList<>(PAGES);
        all.addAll(ERRORS);
        for (Probe probe : all) {
            HttpResponse<String> answer = send(client, server.httpsUrl(), probe);
            String what = probe.family() + " " + probe.method() + " " + shortened(probe.path()) + " -> " + answer.statusCode();
            assertPageHeaders(softly, what, answer);
            if (!PUBLIC_DOCUMENTS.contains(probe.family()) && !probe.path().equals("/oidc/jwks")) {
                softly.assertThat(answer.headers().allValues("Cache-Control")).as(what + ": never stored by a cache")
                        .anySatisfy(v -> assertThat(v).contains("no-store"));
            }
        }
        softly.assertAll();
    }

    /**
     * The console's errors as a logged-in person meets them (a scan without a session only meets the
     * login redirect): a missing page, a page not for the person's role, a refused export, a Faces post whose view
     * state is garbage (PrimeFaces' exception handler redirects to the error page) and a direct look
     * at an error page all carry every header, and the hosted login page's CSP forbids plugins
     * and {@code <base>}.
     */
    @Test
    void consoleErrorPagesAndTheLoginPageCarryTheSecurityHeaders(WildFlyServer server, MailCatcher mail, @TempDir Path home) throws Exception {
        HttpClient client = client();
        SoftAssertions softly = new SoftAssertions();
        try (ConsolePeople people = new ConsolePeople(server, mail, home)) {
            ConsolePeople.Person admin = people.loggedIn("admin");
            String session = admin.context().cookies().stream().map(c -> c.name + "=" + c.value).collect(Collectors.joining("; "));
            List<Probe> errors = List.of(
                    Probe.get("admin", "/admin/no-such-page.xhtml"),
                    Probe.get("admin", "/admin/kyc-queue.xhtml"),
                    Probe.get("admin", "/admin/audit/export?format=" + LARGE_INPUT),
                    Probe.post("admin", "/admin/index.xhtml", "application/x-www-form-urlencoded",
                            "jakarta.faces.ViewState=" + LARGE_BODY + "&j_idt5=" + LARGE_BODY),
                    Probe.get("admin", "/admin/errors/500.html"));
            for (Probe probe : errors) {
                HttpResponse<String> answer = send(client, server.httpsUrl(), probe, session);
                String what = "logged-in " + probe.method() + " " + shortened(probe.path()) + " -> " + answer.statusCode();
                if (answer.statusCode() == 302) {
                    String location = answer.headers().firstValue("Location").orElse("");
                    softly.assertThat(location).as(what).contains("/admin/errors/");
                    assertPageHeaders(softly, what, answer);
                    answer = send(client, server.httpsUrl(), Probe.get("admin", URI.create(location).getPath()), session);
                    what += " -> " + shortened(location) + " -> " + answer.statusCode();
                }
                softly.assertThat(answer.body()).as(what + ": one of the console's error pages").contains("id=\"error-title\"");
                softly.assertThat(contentType(answer)).as(what).startsWith("text/html");
                if (!what.contains("/admin/errors/")) {
                    softly.assertThat(answer.statusCode()).as(what).isBetween(400, 599);
                }
                assertPageHeaders(softly, what, answer);
                softly.assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
                softly.assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
                softly.assertThat(answer.headers().allValues("Cache-Control")).as(what).anySatisfy(v -> assertThat(v).contains("no-store"));
            }
            admin.context().close();
        }

        // the console sends a browser without a session to the provider's hosted login page (over the address the
        // console's client is registered with, as ConsolePeople logs in)
        HttpClient browser = HttpClient.newBuilder().sslContext(tls()).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = send(browser, server.baseUrl(), Probe.get("admin", "/admin/"));
        assertThat(login.statusCode()).as(login.uri() + " " + login.body()).isEqualTo(200);
        assertThat(login.body()).contains("id=\"login-name\"");
        assertPageHeaders(softly, "the login page " + login.uri(), login);
        softly.assertAll();
    }

    /** What every answer must carry, and every HTML page's CSP: nothing from elsewhere, no plugins, no {@code <base>}, no framing. */
    private static void assertPageHeaders(SoftAssertions softly, String what, HttpResponse<String> answer) {
        softly.assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        if ("https".equals(answer.uri().getScheme())) {
            softly.assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(what)
                    .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
        }
        if (contentType(answer).startsWith("text/html")) {
            softly.assertThat(answer.headers().allValues("Content-Security-Policy")).as(what + ": an HTML page has one CSP").hasSize(1);
            softly.assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what + ": an HTML page has a CSP")
                    .hasValueSatisfying(v -> assertThat(v).containsPattern("default-src '(self|none)'").contains("frame-ancestors 'none'", "object-src 'none'")
                            .containsPattern("base-uri '(none|self)'"));
        }
    }

    @Test
    void noErrorShowsAStackTraceTheServersVersionsOrTheInput(WildFlyServer server) throws Exception {
        HttpClient client = client();
        SoftAssertions softly = new SoftAssertions();
        for (Probe probe : ERRORS) {
            HttpResponse<String> answer = send(client, server.httpsUrl(), probe);
            String what = probe.family() + " " + probe.method() + " " + shortened(probe.path()) + " -> " + answer.statusCode();
            if (isConsoleSignInRedirect(probe, answer)) {
                // the console shows nothing, not even whether a page exists, to a visitor who has not signed in
                softly.assertThat(answer.headers().firstValue("Location")).as(what + ": sent to sign in, the input left behind")
                        .hasValueSatisfying(l -> assertThat(l).contains("/oidc/authorize").doesNotContain("SCAN"));
                continue;
            }
            // OCSP and TSA answer garbage with their protocol's own error inside a 200 (RFC 6960, RFC 3161)
            softly.assertThat(answer.statusCode()).as(what).isBetween(probe.family().equals("pki") ? 200 : 400, 599);
            softly.assertThat(answer.body()).as(what)
                    .doesNotContain("\tat ", "Exception", "Caused by", "WildFly", "Undertow", "JBoss", "Mojarra", "RESTEasy")
                    .as(what + ": at most a short excerpt of the input").doesNotContain("x".repeat(100));
            softly.assertThat(answer.body().length()).as(what + ": a short error").isLessThan(4000);
        }
        softly.assertAll();
    }

    @Test
    void cookiesAreSecureHttpOnlyAndSameSiteAndSessionsNeverRideInUrls(WildFlyServer server) throws Exception {
        HttpResponse<String> console = send(client(), server.httpsUrl(), Probe.get("admin", "/admin/"));

        List<String> cookies = console.headers().allValues("Set-Cookie");
        assertThat(cookies).as("the console starts a session").isNotEmpty();
        for (String cookie : cookies) {
            String flags = cookie.toLowerCase(Locale.ROOT);
            assertThat(flags).as(cookie).contains("; secure").contains("; httponly").contains("; samesite=");
        }
        assertThat(console.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void theRootSaysWhatThisServerIsAndWhereToGo(WildFlyServer server) throws Exception {
        HttpResponse<String> root = send(client(), server.httpsUrl(), Probe.get("root", "/"));

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(contentType(root)).startsWith("text/html");
        assertThat(root.body()).contains("Vigil").contains("href=\"/admin/\"").contains("/.well-known/openid-configuration")
                .contains("href=\"/api/v1/info\"");
    }

    @Test
    void tlsOneTwoAndOneThreeAreAcceptedAndOlderVersionsRefused(WildFlyServer server) throws Exception {
        String endpoint = "localhost:" + server.httpsUrl().getPort();

        assertThat(handshake(endpoint, "-tls1_3")).contains("TLSv1.3");
        assertThat(handshake(endpoint, "-tls1_2")).contains("TLSv1.2").containsPattern("Cipher is ECDHE-");
        assertThat(handshake(endpoint, "-tls1_1")).doesNotContain("New, TLSv1.1");
        assertThat(handshake(endpoint, "-tls1")).doesNotContain("New, TLSv1,");
    }

    /** openssl's own client (Debian openssl), allowed to offer old versions, so a refusal is the server's. */
    private static String handshake(String endpoint, String version) throws IOException, InterruptedException {
        Process openssl = new ProcessBuilder("openssl", "s_client", "-connect", endpoint, version, "-cipher", "DEFAULT:@SECLEVEL=0")
                .redirectErrorStream(true).start();
        openssl.getOutputStream().close();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!openssl.waitFor(30, TimeUnit.SECONDS)) {
            openssl.destroyForcibly();
        }
        return output.lines().filter(l -> l.startsWith("New, ") || l.contains("alert") || l.contains("Cipher is")).reduce("", (a, b) -> a + b + "\n");
    }

    private static boolean isConsoleSignInRedirect(Probe probe, HttpResponse<String> answer) {
        return probe.family().equals("admin") && answer.statusCode() == 302;
    }

    private static HttpResponse<String> send(HttpClient client, URI base, Probe probe) throws IOException, InterruptedException {
        return send(client, base, probe, null);
    }

    private static HttpResponse<String> send(HttpClient client, URI base, Probe probe, String cookies) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + probe.path()))
                .timeout(Duration.ofSeconds(30));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        if (probe.body() == null) {
            request.method(probe.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", probe.contentType()).method(probe.method(), HttpRequest.BodyPublishers.ofString(probe.body()));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    }

    private static String shortened(String path) {
        return path.length() > 60 ? path.substring(0, 60) + "…" : path;
    }

    /** HTTPS to the test server's self-signed certificate for localhost; redirects are not followed, as a scanner sees them. */
    private static HttpClient client() throws Exception {
        return HttpClient.newBuilder().sslContext(tls()).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** TLS that accepts the test server's self-signed certificate for localhost. */
    private static SSLContext tls() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                throw new UnsupportedOperationException("servers only");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // the test server's own self-signed certificate
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return tls;
    }
}
