package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.it.SignUpIT.assertProblem;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/** Enrolling devices and recognising them (docs/authenticator-protocol.md), with a device written in the test. */
@ExtendWith(VigilServerExtension.class)
class AuthenticatorIT {

    @Test
    void aDeviceEnrolsWithTheCodeFromSignUpAndThenActsForItsPerson(WildFlyServer server, MailCatcher mail) {
        String code = SignUps.level1(server, mail, SignUps.Person.random());
        TestDevice device = new TestDevice(server);

        HttpResponse<String> enrolled = device.enroll(code, "Anna's laptop");

        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        assertThat(enrolled.headers().firstValue("Location"))
                .hasValue(device.issuer() + "/api/v1/authenticators/" + device.authenticatorId());
        JsonNode list = Json.parse(device.call("GET", "/api/v1/authenticators", null).body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asText()).isEqualTo("Anna's laptop");
        assertThat(list.get(0).get("current").asBoolean()).isTrue();
        assertThat(Json.parse(device.call("GET", "/api/v1/authenticators/requests", null).body())).isEmpty();
    }

    @Test
    void anEnrollmentCodeWorksOnce(WildFlyServer server, MailCatcher mail) {
        String code = SignUps.level1(server, mail, SignUps.Person.random());
        assertThat(new TestDevice(server).enroll(code, "first").statusCode()).isEqualTo(201);

        assertProblem(new TestDevice(server).enroll(code, "second"), 400, "urn:vigil:problem:invalid-enrollment-code");
    }

    @Test
    void aProofMustBeSignedForTheCodeItComesWith(WildFlyServer server, MailCatcher mail) {
        String code = SignUps.level1(server, mail, SignUps.Person.random());
        TestDevice device = new TestDevice(server);

        assertProblem(device.enroll(code, "laptop", device.enrollmentProof("AAAA-BBBB-CCCC")), 400, "urn:vigil:problem:invalid-proof");
        assertThat(device.enroll(code, "laptop").statusCode()).as("a refused proof does not use the code up").isEqualTo(201);
    }

    @Test
    void aKeyIsEnrolledOnlyOnce(WildFlyServer server, MailCatcher mail) {
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, SignUps.Person.random()), "laptop");
        String secondCode = Json.parse(device.call("POST", "/api/v1/authenticators/enrollment-codes", null).body())
                .get("enrollmentCode").asText();

        assertProblem(device.enroll(secondCode, "again"), 409, "urn:vigil:problem:key-already-enrolled");
    }

    @Test
    void deviceAssertionsAreSingleUseAndBoundToTheRequest(WildFlyServer server, MailCatcher mail) {
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, SignUps.Person.random()), "laptop");
        String assertion = device.assertion("GET", "/api/v1/authenticators");

        assertThat(device.call("GET", "/api/v1/authenticators", null, assertion).statusCode()).isEqualTo(200);
        HttpResponse<String> replayed = device.call("GET", "/api/v1/authenticators", null, assertion);
        assertProblem(replayed, 401, "urn:vigil:problem:invalid-device-assertion");
        assertThat(replayed.headers().firstValue("WWW-Authenticate")).hasValue("Device");
        assertProblem(device.call("GET", "/api/v1/authenticators/requests", null, device.assertion("GET", "/api/v1/authenticators")),
                401, "urn:vigil:problem:invalid-device-assertion");
        assertProblem(device.call("GET", "/api/v1/authenticators", null, "not-a-jws"), 401, "urn:vigil:problem:invalid-device-assertion");
    }

    @Test
    void aPersonRenamesAndRevokesTheirDevicesAndARevokedDeviceIsLockedOut(WildFlyServer server, MailCatcher mail) {
        TestDevice laptop = new TestDevice(server);
        laptop.enroll(SignUps.level1(server, mail, SignUps.Person.random()), "laptop");
        TestDevice phone = new TestDevice(server);
        phone.enroll(Json.parse(laptop.call("POST", "/api/v1/authenticators/enrollment-codes", null).body())
                .get("enrollmentCode").asText(), "phone");

        HttpResponse<String> renamed = laptop.call("PATCH", "/api/v1/authenticators/" + phone.authenticatorId(),
                Json.write(Map.of("name", "old phone")));
        assertThat(Json.parse(renamed.body()).get("name").asText()).isEqualTo("old phone");
        assertThat(laptop.call("DELETE", "/api/v1/authenticators/" + phone.authenticatorId(), null).statusCode()).isEqualTo(204);

        assertProblem(phone.call("GET", "/api/v1/authenticators", null), 401, "urn:vigil:problem:invalid-device-assertion");
        assertThat(Json.parse(laptop.call("GET", "/api/v1/authenticators", null).body())).hasSize(1);
    }

    @Test
    void noOneSeesOrTouchesAnotherPersonsDevices(WildFlyServer server, MailCatcher mail) {
        TestDevice anna = new TestDevice(server);
        anna.enroll(SignUps.level1(server, mail, SignUps.Person.random()), "anna's");
        TestDevice bert = new TestDevice(server);
        bert.enroll(SignUps.level1(server, mail, SignUps.Person.random()), "bert's");

        assertProblem(bert.call("PATCH", "/api/v1/authenticators/" + anna.authenticatorId(), Json.write(Map.of("name", "mine"))),
                404, "urn:vigil:problem:unknown-authenticator");
        assertProblem(bert.call("DELETE", "/api/v1/authenticators/" + anna.authenticatorId(), null),
                404, "urn:vigil:problem:unknown-authenticator");
        assertThat(Json.parse(bert.call("GET", "/api/v1/authenticators", null).body())).hasSize(1);
    }

    @Test
    void anAlteredApprovalIsRefusedAndAReplayedOneFindsTheRequestDecided(WildFlyServer server, MailCatcher mail) {
        SignUps.Person person = SignUps.Person.random();
        TestDevice device = new TestDevice(server);
        device.enroll(SignUps.level1(server, mail, person), "phone");
        org.vigil.it.support.Oidc browser = new org.vigil.it.support.Oidc(server);
        String clientId = browser.register(Map.of("clientId", "tamper-" + System.nanoTime(), "name", "Tamper test",
                "tokenEndpointAuthMethod", "client_secret_basic", "redirectUris", java.util.List.of("http://localhost:9/cb"),
                "grantTypes", java.util.List.of("authorization_code"), "firstParty", true)).get("clientId").asText();
        HttpResponse<String> page = browser.browse(org.vigil.it.support.Oidc.authorizePath(Map.of("response_type", "code",
                "client_id", clientId, "redirect_uri", "http://localhost:9/cb", "scope", "openid")));
        String marker = "data-pending=\"";
        String pending = page.body().substring(page.body().indexOf(marker) + marker.length(), page.body().indexOf('"',
                page.body().indexOf(marker) + marker.length()));
        browser.browserSend(java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.issuer() + "/oidc/login/device"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.write(Map.of("pending", pending, "login", person.email())))));
        JsonNode request = device.awaitRequest("Tamper test", java.time.Duration.ofSeconds(10));
        String id = request.get("id").asText();
        String path = "/api/v1/authenticators/requests/" + id + "/decision";

        String forged = device.approval(id, "Log in to Something else - code 00", request.get("nonce").asText(), "approve");
        assertProblem(device.call("POST", path, Json.write(Map.of("decision", "approve", "signature", forged))), 400,
                "urn:vigil:problem:invalid-signature");
        String otherNonce = device.approval(id, request.get("bindingMessage").asText(), "not-the-nonce", "approve");
        assertProblem(device.call("POST", path, Json.write(Map.of("decision", "approve", "signature", otherNonce))), 400,
                "urn:vigil:problem:invalid-signature");
        assertThat(Json.parse(browser.loginStatus(pending).body()).get("status").asText())
                .as("refused approvals change nothing").isEqualTo("pending");

        String genuine = device.approval(id, request.get("bindingMessage").asText(), request.get("nonce").asText(), "approve");
        assertThat(device.call("POST", path, Json.write(Map.of("decision", "approve", "signature", genuine))).statusCode()).isEqualTo(204);
        assertProblem(device.call("POST", path, Json.write(Map.of("decision", "approve", "signature", genuine))), 409,
                "urn:vigil:problem:already-decided");
    }

    @Test
    void withoutADeviceAssertionTheAnswerIs401(WildFlyServer server) {
        assertProblem(org.vigil.it.support.Http.get(server.baseUrl().resolve("api/v1/authenticators/requests")), 401,
                "urn:vigil:problem:invalid-device-assertion");
    }
}
