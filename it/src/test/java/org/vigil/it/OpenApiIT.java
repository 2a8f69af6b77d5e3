package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Application;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.ConsolePeople;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * The OpenAPI document the server serves at {@code /openapi} agrees with the server: it is valid
 * OpenAPI 3.1 by an independent parser, names every JAX-RS resource method war-api's applications
 * declare and nothing else, every operation it names answers at its path and method, and the
 * errors it documents come in the shape it documents. The reference page renders it in Chromium
 * with nothing loaded from elsewhere.
 */
// once: the API description and its reference page do not depend on the database
@Tag("once")
@ExtendWith(VigilServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIT {

    private static final List<String> APPLICATIONS = List.of("org.vigil.api.VigilApplication", "org.vigil.api.fhir.FhirApplication",
            "org.vigil.api.oidc.OidcApplication", "org.vigil.api.pki.PkiApplication");

    private WildFlyServer server;
    private HttpResponse<String> json;
    private JsonNode document;

    @BeforeAll
    void fetchTheDocument(WildFlyServer server) {
        this.server = server;
        json = get("/openapi?format=JSON", Map.of());
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        document = Json.parse(json.body());
        try {
            // kept beside the run's reports, to read what the server described when a check fails
            Files.writeString(Path.of(System.getProperty("vigil.it.work", "target")).resolve("openapi.json"), document.toPrettyString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDocumentIsValidOpenApi31InJsonAndYaml() {
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(document.get("openapi").asText()).startsWith("3.1");
        HttpResponse<String> yaml = get("/openapi", Map.of());
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("yaml"));

        for (String text : List.of(json.body(), yaml.body())) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            SwaggerParseResult parsed = new OpenAPIParser().readContents(text, null, options);
            assertThat(parsed.getMessages()).as("swagger-parser's findings").isEmpty();
            assertThat(parsed.getOpenAPI().getPaths().keySet()).isEqualTo(names(document.get("paths")));
        }
        assertThat(document.get("components").get("securitySchemes").has("bearer")).isTrue();
        assertThat(document.get("components").get("securitySchemes").has("device")).isTrue();
        assertThat(document.get("components").get("schemas").has("Problem")).isTrue();
    }

    @Test
    void everyOperationIsListedUnderOneDescribedGroup() {
        TreeSet<String> groups = new TreeSet<>();
        document.get("tags").forEach(tag -> {
            assertThat(tag.path("description").asText()).as("description of group " + tag.get("name")).isNotBlank();
            groups.add(tag.get("name").asText());
        });
        assertThat(groups).contains("Patient care", "Administration", "FHIR R4", "OpenID provider");
        TreeSet<String> used = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (VERBS.contains(operation.getKey())) {
                JsonNode tags = operation.getValue().path("tags");
                assertThat(tags.size()).as(operation.getKey() + " " + path.getKey() + "'s groups").isEqualTo(1);
                used.add(tags.get(0).asText());
            }
        }));
        assertThat(groups).as("groups declared").containsAll(used);
        assertThat(used).as("groups with operations").isEqualTo(groups);
    }

    @Test
    void everyResourceMethodIsDocumentedAndNothingElse() throws Exception {
        TreeSet<String> declared = new TreeSet<>();
        for (String name : APPLICATIONS) {
            Class<?> type = Class.forName(name);
            String base = "/" + type.getAnnotation(ApplicationPath.class).value().replaceAll("^/+|/+$", "");
            for (Class<?> resource : ((Application) type.getConstructor().newInstance()).getClasses()) {
                jakarta.ws.rs.Path classPath = resource.getAnnotation(jakarta.ws.rs.Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : resource.getMethods()) {
                    String verb = httpMethod(method);
                    if (verb != null) {
                        jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                        declared.add(verb + " " + join(base, classPath.value(), methodPath == null ? "" : methodPath.value()));
                    }
                }
            }
        }
        TreeSet<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(verb -> {
            if (VERBS.contains(verb)) {
                documented.add(verb.toUpperCase() + " " + path.getKey());
            }
        }));

        assertThat(declared).as("the JAX-RS resource methods").hasSizeGreaterThan(60);
        assertThat(documented).isEqualTo(declared);
    }

    @Test
    void everyDocumentedOperationAnswersAndItsErrorsHaveTheirDocumentedShape() {
        List<String> disagreements = new ArrayList<>();
        int secured = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (!VERBS.contains(operation.getKey())) {
                    continue;
                }
                String verb = operation.getKey().toUpperCase();
                String concrete = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                HttpResponse<String> answer = call(verb, concrete, operation.getValue().path("requestBody").path("content"));
                String what = verb + " " + path.getKey() + " -> " + answer.statusCode();
                JsonNode responses = operation.getValue().get("responses");
                if (answer.statusCode() == 405 || (answer.statusCode() == 404 && !responses.has("404"))) {
                    disagreements.add(what + ": not served");
                    continue;
                }
                if (operation.getValue().has("security")) {
                    secured++;
                    JsonNode unauthorized = responses.get("401");
                    if (answer.statusCode() != 401 || unauthorized == null) {
                        disagreements.add(what + ": needs credentials by the document, answered without");
                        continue;
                    }
                    String documentedType = unauthorized.get("content").fieldNames().next();
                    String type = answer.headers().firstValue("Content-Type").orElse("");
                    if (!type.startsWith(documentedType)) {
                        disagreements.add(what + ": 401 documented as " + documentedType + ", sent as " + type);
                    } else if (documentedType.equals("application/problem+json") && Json.parse(answer.body()).get("status").asInt() != 401) {
                        disagreements.add(what + ": the problem's status is not 401");
                    } else if (documentedType.equals("application/fhir+json")
                            && !Json.parse(answer.body()).get("resourceType").asText().equals("OperationOutcome")) {
                        disagreements.add(what + ": no OperationOutcome");
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(secured).as("operations that need credentials").isGreaterThan(40);
    }

    @Test
    void theReferencePageRendersTheDocumentFromThisServerOnly() throws Exception {
        HttpResponse<String> page = get("/api/docs", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                     .setExecutablePath(Path.of("/usr/bin/chromium"))
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                             "--disable-sync", "--no-first-run")))) {
            Page tab = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 1400));
            List<String> requested = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            tab.onRequest(r -> requested.add(r.url()));
            tab.onResponse(r -> {
                if (r.status() >= 400) {
                    errors.add(r.status() + " " + r.url());
                }
            });
            tab.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    errors.add(m.text());
                }
            });
            tab.onPageError(e -> errors.add("page error: " + e));
            tab.navigate(server.baseUrl().resolve("/api/docs").toString());
            tab.waitForSelector(".opblock-tag");
            // Swagger UI draws only the part of the list near the viewport: read the page as a reader scrolls it
            Drawn drawn = drawnWhileScrolling(tab);

            assertThat(drawn.groups()).as("groups on the page").hasSize(document.get("tags").size());
            assertThat(drawn.operations()).as("operations on the page").hasSize(operationsIn(document));
            tab.evaluate("() => window.scrollTo(0, 0)");
            assertThat(tab.locator(".info .title").innerText()).contains("Vigil API");
            assertThat(requested).allSatisfy(url -> assertThat(url).startsWith(server.baseUrl().toString()));
            assertThat(requested).anySatisfy(url -> assertThat(url).contains("/openapi"));
            assertThat(errors).as("console errors, CSP refusals among them").isEmpty();
            Path shot = ConsolePeople.screenshot("api-docs.png");
            Files.createDirectories(shot.getParent());
            tab.screenshot(new Page.ScreenshotOptions().setPath(shot));
        }
    }

    private record Drawn(Set<String> groups, Set<String> operations) {
    }

    /** The groups and operations drawn at some point while the page is scrolled from top to bottom. */
    private static Drawn drawnWhileScrolling(Page tab) {
        Set<String> groups = new TreeSet<>();
        Set<String> operations = new TreeSet<>();
        boolean bottom = false;
        for (int screen = 0; screen < 500 && !bottom; screen++) {
            groups.addAll(idsOf(tab, ".opblock-tag"));
            operations.addAll(idsOf(tab, ".opblock"));
            bottom = (Boolean) tab.evaluate("() => window.scrollY + window.innerHeight >= document.body.scrollHeight - 1");
            tab.mouse().wheel(0, 1000);
            // the next frame is drawn after the scroll event: wait for it rather than for a fixed time
            tab.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        }
        return new Drawn(groups, operations);
    }

    @SuppressWarnings("unchecked")
    private static List<String> idsOf(Page tab, String selector) {
        return (List<String>) tab.locator(selector).evaluateAll("nodes => nodes.map(n => n.id)");
    }

    private static int operationsIn(JsonNode document) {
        int operations = 0;
        for (JsonNode path : document.get("paths")) {
            for (String verb : VERBS) {
                operations += path.has(verb) ? 1 : 0;
            }
        }
        return operations;
    }

    private static final List<String> VERBS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve(path)).GET();
        headers.forEach(request::header);
        return Http.send(request);
    }

    /** The operation called as an unknown client would: no credentials, an empty body of the first type it documents. */
    private HttpResponse<String> call(String verb, String path, JsonNode bodyTypes) {
        Iterator<String> types = bodyTypes.fieldNames();
        String type = types.hasNext() ? types.next() : null;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl().toString().replaceAll("/$", "") + path))
                .method(verb, type == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(type.contains("json") ? "{}" : ""));
        if (type != null && !type.contains("*")) {
            request.header("Content-Type", type);
        }
        return Http.send(request);
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** Application, class and method paths as one, with a template's regular expression dropped ({@code {id: .+}} is {@code {id}}). */
    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString().replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
    }

    private static TreeSet<String> names(JsonNode object) {
        TreeSet<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
