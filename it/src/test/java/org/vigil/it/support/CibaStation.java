package org.vigil.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A client registered for CIBA poll mode with a client secret: a real relying party of the server. */
public record CibaStation(String clientId, String secret) {

    private static final String CIBA = "urn:openid:params:grant-type:ciba";

    public static CibaStation register(Oidc oidc) {
        JsonNode client = oidc.register(Map.of("clientId", "station-" + System.nanoTime(), "name", "Monitoring station",
                "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of(CIBA), "firstParty", true));
        return new CibaStation(client.get("clientId").asText(), client.get("clientSecret").asText());
    }

    public String basic() {
        return Oidc.basic(clientId, secret);
    }

    public String start(Oidc oidc, String loginHint, String binding) {
        HttpResponse<String> started = oidc.post("/oidc/backchannel", Map.of("scope", "openid", "login_hint", loginHint,
                "binding_message", binding), basic());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return Json.parse(started.body()).get("auth_req_id").asText();
    }

    /** Polls at the interval the server asked for until the answer is no longer pending. */
    public HttpResponse<String> awaitAnswer(Oidc oidc, String authReqId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                Thread.sleep(5_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            HttpResponse<String> answer = oidc.tokenRequest(Map.of("grant_type", CIBA, "auth_req_id", authReqId), basic());
            String error = answer.statusCode() == 200 ? "" : Json.parse(answer.body()).path("error").asText();
            if (!error.equals("authorization_pending") && !error.equals("slow_down") || System.nanoTime() > deadline) {
                return answer;
            }
        }
    }
}
