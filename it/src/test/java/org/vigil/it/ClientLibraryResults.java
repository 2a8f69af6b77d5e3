package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.vigil.it.support.ClientLibraryScene;

/** What both client libraries' scenarios must have seen: the same surface, the same refusals. */
final class ClientLibraryResults {

    private ClientLibraryResults() {
    }

    static void check(ClientLibraryScene scene, JsonNode result) {
        System.out.println("client library scenario: " + result); // the timings per step, for when it gets slow
        assertThat(result.get("authenticatorId").asText()).as("the device enrolled").isNotBlank();
        assertThat(result.get("clientToken").asBoolean()).as("client credentials with private_key_jwt").isTrue();
        assertRefused(result, "badAssertion", "oauth", "error", "invalid_client");
        assertThat(result.get("cibaSubject").asText()).as("CIBA approved on the library's device").isEqualTo(scene.accountId());
        assertRefused(result, "cibaDenied", "oauth", "error", "access_denied");

        assertThat(result.get("observationCodes")).as("the patient's vitals over FHIR").extracting(JsonNode::asText)
                .contains("8867-4", "59408-5");
        assertThat(result.get("unknownPatient").get("refused")).as("another patient's vitals").isNull();
        assertThat(result.get("unknownPatient").get("status").asInt()).isIn(403, 404);

        assertRefused(result, "unsignedVerification", "problem", "type", "urn:vigil:problem:no-signatures");
        assertThat(result.get("unsignedVerification").get("status").asInt()).isEqualTo(422);
        assertRefused(result, "unknownDocument", "problem", "type", "urn:vigil:problem:unknown-document");
        assertThat(result.get("unknownDocument").get("title").asText()).isNotBlank();
        assertThat(result.get("badLevel").get("status").asInt()).as(result.get("badLevel").toString()).isEqualTo(400);

        assertThat(result.get("signingStatus").asText()).as("the device signed through its push connection").isEqualTo("COMPLETED");
        assertThat(result.get("verification")).as("the signed document's signatures").hasSize(1);
        assertThat(result.get("verification").get(0).get("indication").asText()).isEqualTo("TOTAL_PASSED");
        assertThat(result.get("pushedKinds")).extracting(JsonNode::asText).contains("approval-request");
    }

    private static void assertRefused(JsonNode result, String step, String kind, String field, String expected) {
        JsonNode refusal = result.get(step);
        assertThat(refusal.path("kind").asText()).as(step + ": " + refusal).isEqualTo(kind);
        assertThat(refusal.get(field).asText()).as(step + ": " + refusal).isEqualTo(expected);
    }

    /** Runs a library's own unit tests (no server) in its folder; they must pass within a minute. */
    static void unitTestsPass(Path folder, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
            assertThat(process.exitValue()).as(command + " in " + folder + ":\n" + output).isZero();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
