package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.CareSetup;
import org.vigil.it.support.ChunkedUpload;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Http;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * Limits on what the server reads, counted on the bytes that actually arrive, and strict input:
 * what a review found walked around or accepted too leniently (issue #13).
 */
@ExtendWith(VigilServerExtension.class)
class InputLimitsIT {

    private static final int TWO_MIB = 2 * 1024 * 1024;

    @Test
    void aChunkedBodyOverTheLimitIsRefusedAfterTheLimitWithoutEchoingIt(WildFlyServer server) {
        byte[] body = ("{\"component\":\"" + "A".repeat(5_000_000) + "\",\"version\":\"1.0.0\"}").getBytes(StandardCharsets.UTF_8);

        ChunkedUpload answer = ChunkedUpload.post(server.baseUrl().resolve("/api/v1/compatibility"), "application/json", body);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.response()).contains("application/problem+json", "urn:vigil:problem:body-too-large").doesNotContain("AAAA");
        assertThat(answer.bodyBytes()).isLessThan(500);
        assertThat(Http.get(server.baseUrl().resolve("/api/v1/info")).statusCode()).isEqualTo(200);
    }

    @Test
    void everyContentTypeIsCountedTheSameWay(WildFlyServer server) {
        byte[] form = ("grant_type=client_credentials&padding=" + "A".repeat(TWO_MIB)).getBytes(StandardCharsets.US_ASCII);

        ChunkedUpload token = ChunkedUpload.post(server.baseUrl().resolve("/oidc/token"), "application/x-www-form-urlencoded", form);
        ChunkedUpload ocsp = ChunkedUpload.post(server.baseUrl().resolve("/pki/ocsp"), "application/ocsp-request", new byte[TWO_MIB]);

        assertThat(token.status()).isEqualTo(413);
        assertThat(token.response()).contains("\"error\":\"invalid_request\"").doesNotContain("AAAA");
        assertThat(ocsp.status()).isEqualTo(413);
    }

    @Test
    void aSmallChunkedBodyStillReachesTheApplication(WildFlyServer server) {
        ChunkedUpload answer = ChunkedUpload.post(server.baseUrl().resolve("/api/v1/compatibility"), "application/json",
                "{\"component\":\"client-sdk\",\"version\":\"0.1.0\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.response()).contains("\"compatible\":true");
    }

    @Test
    void anErrorQuotesOnlyAShortExcerptOfTheInput(WildFlyServer server) {
        HttpResponse<String> answer = Http.post(server.baseUrl().resolve("/api/v1/compatibility"), "application/json",
                "{\"component\":\"" + "B".repeat(100_000) + "\",\"version\":\"1.0.0\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("urn:vigil:problem:unknown-component").hasSizeLessThan(1000);
    }

    @Test
    void jsonWithTrailingGarbageOrAMemberGivenTwiceIsRefusedAndNamed(WildFlyServer server) {
        URI compatibility = server.baseUrl().resolve("/api/v1/compatibility");

        HttpResponse<String> trailing = Http.post(compatibility, "application/json",
                "{\"component\":\"client-sdk\",\"version\":\"0.1.0\"} {\"component\":\"toaster\"}");
        HttpResponse<String> twice = Http.post(compatibility, "application/json",
                "{\"component\":\"client-sdk\",\"component\":\"toaster\",\"version\":\"0.1.0\"}");
        HttpResponse<String> nul = Http.post(compatibility, "application/json", "{\"component\":\"client-sdk\\u0000\",\"version\":\"0.1.0\"}");

        assertThat(trailing.statusCode()).isEqualTo(400);
        assertThat(trailing.body()).contains("urn:vigil:problem:malformed-body", "\"field\":\"body\"");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("\"field\":\"component\"", "more than once");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("\"field\":\"component\"", "control character");
    }

    @Test
    void controlCharactersInPathsAndQueriesAreRefusedByEveryInterface(WildFlyServer server) {
        for (String path : new String[] {"/api/v1/admin/dead-letters/ID%00/retry", "/api/v1/info?x=%0d%0aSet-Cookie:%20a=b",
                "/oidc/authorize?client_id=demo%00", "/fhir/Patient/abc%00", "/pki/root-ca.cer?%01"}) {
            HttpResponse<String> answer = Http.get(server.baseUrl().resolve(path));

            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).contains("control characters");
        }
    }

    @Test
    void anIntegerQueryParameterThatOverflowsIsABadRequestNotANotFound(WildFlyServer server) {
        String admin = new Oidc(server).adminToken();
        String vitals = "/api/v1/patients/" + UUID.randomUUID() + "/vitals/heart-rate";

        HttpResponse<String> overflow = Http.send(HttpRequest.newBuilder(server.baseUrl().resolve(vitals + "?points=99999999999"))
                .header("Authorization", "Bearer " + admin).GET());
        HttpResponse<String> notAUuid = Http.send(HttpRequest.newBuilder(server.baseUrl().resolve("/api/v1/assignments?patientId=garbage"))
                .header("Authorization", "Bearer " + admin).GET());
        HttpResponse<String> fhirCount = Http.send(HttpRequest.newBuilder(server.baseUrl().resolve("/fhir/AuditEvent?patient=" + UUID.randomUUID() + "&_count=99999999999"))
                .header("Authorization", "Bearer " + admin).GET());

        assertThat(overflow.statusCode()).isEqualTo(400);
        assertThat(overflow.body()).contains("\"field\":\"points\"", "integer between");
        assertThat(notAUuid.statusCode()).isEqualTo(400);
        assertThat(notAUuid.body()).contains("\"field\":\"patientId\"");
        assertThat(fhirCount.statusCode()).isEqualTo(400);
        assertThat(fhirCount.body()).contains("OperationOutcome", "_count");
    }

    @Test
    void theMalformedItemOfABatchIsNamed(WildFlyServer server, MailCatcher mail) throws Exception {
        CareSetup care = new CareSetup(server, mail);
        DeviceClient gateway = care.gatewayOf(care.admitPatient("1950-01-01"));
        String good = "{\"measurementId\":\"" + UUID.randomUUID() + "\",\"kind\":\"heart-rate\",\"value\":72,\"unit\":\"/min\","
                + "\"measuredAt\":\"" + Instant.now().minusSeconds(5) + "\",\"device\":\"AA:BB:CC:DD:EE:01\"}";
        String bad = good.replace("\"value\":72", "\"value\":\"seventy-two\"").replaceFirst("[0-9a-f-]{36}", UUID.randomUUID().toString());

        HttpResponse<String> answer = Http.send(HttpRequest.newBuilder(server.baseUrl().resolve("/api/v1/observations"))
                .header("Authorization", "Bearer " + gateway.token(care.oidc())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"observations\":[" + good + "," + bad + "]}")));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"observations[1].value\"", "is not a number");
    }

    @Test
    void aWebSocketMessageOverTheLimitClosesTheConnectionWith1009(WildFlyServer server) throws Exception {
        for (String path : new String[] {"/ws/push", "/ws/station", "/ws/call"}) {
            CompletableFuture<Integer> closed = new CompletableFuture<>();
            URI url = URI.create(server.baseUrl().toString().replaceFirst("^http", "ws")).resolve(path);
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(url, new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                    closed.complete(statusCode);
                    return null;
                }

                @Override
                public void onError(WebSocket webSocket, Throwable error) {
                    closed.completeExceptionally(error);
                }
            }).get(10, TimeUnit.SECONDS);

            socket.sendText("{\"type\":\"hello\",\"accessToken\":\"" + "A".repeat(TWO_MIB) + "\"}", true);

            assertThat(closed.get(20, TimeUnit.SECONDS)).as(path).isEqualTo(1009);
            socket.abort();
        }
    }
}
