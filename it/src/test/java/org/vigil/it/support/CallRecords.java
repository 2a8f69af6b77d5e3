package org.vigil.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

/** A call's record as the patient's calls list ({@code GET /api/v1/patients/{id}/calls}) shows it. */
public final class CallRecords {

    private CallRecords() {
    }

    /** The record of {@code callId}, read with {@code token} (an assigned station's reads it like the rest of the record). */
    public static JsonNode find(CareWorld world, String patientId, String callId, String token) {
        HttpResponse<String> calls = world.call("GET", "/api/v1/patients/" + patientId + "/calls", null, token);
        assertThat(calls.statusCode()).as(calls.body()).isEqualTo(200);
        for (JsonNode call : Json.parse(calls.body()).get("calls")) {
            if (call.get("id").asText().equals(callId)) {
                return call;
            }
        }
        throw new AssertionError("no record of call " + callId + " in " + calls.body());
    }
}
