package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.client.sdk.Compatibility;
import org.vigil.client.sdk.VigilApiException;
import org.vigil.client.sdk.VigilClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/** Every error on the API is an RFC 9457 problem+json body: never an HTML page, never a stack trace. */
@ExtendWith(VigilServerExtension.class)
class ProblemDetailsIT {

    @Test
    void anUnknownPathIsA404Problem(WildFlyServer server) {
        HttpResponse<String> response = Http.get(server.baseUrl().resolve("api/v1/no-such-thing"));

        assertProblem(response, 404);
    }

    @Test
    void aWrongMethodIsA405ProblemThatSaysWhichMethodsAreAllowed(WildFlyServer server) {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(info(server)).DELETE());

        assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void malformedJsonIsA400Problem(WildFlyServer server) {
        HttpResponse<String> response = Http.post(compatibility(server), "application/json", "{\"component\": \"client-gateway\", ");

        assertProblem(response, 400);
        assertThat(response.body()).contains("urn:vigil:problem:malformed-body").doesNotContain("client-gateway");
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemAndTheServerStaysUsable(WildFlyServer server) {
        String huge = "{\"component\": \"client-gateway\", \"version\": \"" + "9".repeat(2 * 1024 * 1024) + "\"}";
        HttpResponse<String> response = Http.post(compatibility(server), "application/json", huge);

        assertProblem(response, 413);
        assertThat(response.body()).contains("urn:vigil:problem:body-too-large");
        assertThat(Http.send(HttpRequest.newBuilder(info(server)).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void jsonOfTheWrongShapeIsA400Problem(WildFlyServer server) {
        HttpResponse<String> response = Http.post(compatibility(server), "application/json", "[1, 2, 3]");

        assertProblem(response, 400);
    }

    @Test
    void anAbsentBodyIsA400ProblemNamingTheBody(WildFlyServer server) {
        HttpResponse<String> response = Http.post(compatibility(server), "application/json", "");

        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"body\"");
    }

    @Test
    void invalidFieldsAreEachNamed(WildFlyServer server) {
        HttpResponse<String> response = Http.post(compatibility(server), "application/json",
                "{\"component\": \"\", \"version\": \"one point two\"}");

        assertProblem(response, 400);
        assertThat(response.body()).contains("urn:vigil:problem:invalid-request")
                .contains("\"field\":\"component\"")
                .contains("\"field\":\"version\"");
    }

    @Test
    void anUnsupportedContentTypeIsA415Problem(WildFlyServer server) {
        HttpResponse<String> response = Http.post(compatibility(server), "text/plain", "client-gateway 0.1.0");

        assertProblem(response, 415);
    }

    @Test
    void theSdkTurnsProblemsIntoExceptionsThatCarryThem(WildFlyServer server) {
        VigilClient client = new VigilClient(server.baseUrl());

        assertThatThrownBy(() -> client.checkCompatibility("toaster", "0.1.0"))
                .isInstanceOfSatisfying(VigilApiException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().type()).isEqualTo("urn:vigil:problem:unknown-component");
                    assertThat(e.problem().errors()).extracting(f -> f.field()).containsExactly("component");
                });
    }

    @Test
    void aValidRequestIsAnswered(WildFlyServer server) {
        VigilClient client = new VigilClient(server.baseUrl());

        Compatibility current = client.checkCompatibility("client-gateway", "0.1.0");
        Compatibility ancient = client.checkCompatibility("client-gateway", "0.0.1");

        assertThat(current.compatible()).isTrue();
        assertThat(current.serverVersion()).isEqualTo(System.getProperty("vigil.version"));
        assertThat(ancient.compatible()).isFalse();
        assertThat(ancient.minimumVersion()).isEqualTo("0.1.0");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"status\":" + status)
                .contains("\"title\":")
                .doesNotContain("<html", "Exception", "\tat ");
    }

    private static URI info(WildFlyServer server) {
        return server.baseUrl().resolve("api/v1/info");
    }

    private static URI compatibility(WildFlyServer server) {
        return server.baseUrl().resolve("api/v1/compatibility");
    }
}
