package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.ServerLog;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/** KYC level 1: sign up, confirm email (code by real SMTP) and phone (code by the SMS outbox). */
@ExtendWith(VigilServerExtension.class)
class SignUpIT {

    private static final Duration WAIT = SignUps.WAIT;

    @Test
    void confirmingEmailAndPhoneReachesLevelOneAndGivesAnEnrollmentCode(WildFlyServer server, MailCatcher mail) {
        SignUps.Person person = SignUps.Person.random();
        HttpResponse<String> created = SignUps.start(server, person);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode status = Json.parse(created.body());
        String id = status.get("signUpId").asText();
        assertThat(created.headers().firstValue("Location")).hasValue(server.baseUrl().resolve("api/v1/signups/" + id).toString());
        assertThat(status.get("kycLevel").asInt()).isZero();
        assertThat(status.get("email").asText()).isEqualTo(person.email());
        assertThat(mail.subjectOfLast(person.email())).startsWith("Your Vigil code: ");

        JsonNode afterEmail = Json.parse(SignUps.confirm(server, id, "email", mail.awaitCode(person.email(), WAIT)).body());
        assertThat(afterEmail.get("emailConfirmed").asBoolean()).isTrue();
        assertThat(afterEmail.get("kycLevel").asInt()).isZero();
        assertThat(afterEmail.has("enrollmentCode")).isFalse();

        HttpResponse<String> afterPhone = SignUps.confirm(server, id, "phone", ServerLog.awaitSmsCode(server, person.phone(), WAIT));
        assertThat(afterPhone.statusCode()).isEqualTo(200);
        JsonNode level1 = Json.parse(afterPhone.body());
        assertThat(level1.get("kycLevel").asInt()).isEqualTo(1);
        assertThat(level1.get("enrollmentCode").asText()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

        JsonNode later = Json.parse(Http.get(SignUps.api(server).resolve("signups/" + id)).body());
        assertThat(later.get("kycLevel").asInt()).isEqualTo(1);
        assertThat(later.has("enrollmentCode")).as("the enrollment code is shown once").isFalse();
    }

    @Test
    void wrongCodesCountDownThenTheCodeIsDeadUntilANewOneIsSent(WildFlyServer server, MailCatcher mail) {
        SignUps.Person person = SignUps.Person.random();
        String id = Json.parse(SignUps.start(server, person).body()).get("signUpId").asText();
        String right = mail.awaitCode(person.email(), WAIT);
        String wrong = right.equals("000000") ? "000001" : "000000";

        for (int left = 4; left >= 1; left--) {
            HttpResponse<String> response = SignUps.confirm(server, id, "email", wrong);
            assertProblem(response, 400, "urn:vigil:problem:wrong-code");
            assertThat(Json.parse(response.body()).get("attemptsLeft").asInt()).isEqualTo(left);
        }
        assertProblem(SignUps.confirm(server, id, "email", wrong), 400, "urn:vigil:problem:code-exhausted");
        assertProblem(SignUps.confirm(server, id, "email", right), 400, "urn:vigil:problem:code-exhausted");

        int sent = mail.countTo(person.email());
        HttpResponse<String> resent = Http.post(SignUps.api(server).resolve("signups/" + id + "/codes"), "application/json",
                Json.write(Map.of("channel", "email")));
        assertThat(resent.statusCode()).isEqualTo(202);
        String fresh = mail.awaitCode(person.email(), sent + 1, WAIT);

        assertThat(Json.parse(SignUps.confirm(server, id, "email", fresh).body()).get("emailConfirmed").asBoolean()).isTrue();
    }

    @Test
    void anAddressThatHasAnAccountGetsTheSameAnswerAndItsOwnerAMail(WildFlyServer server, MailCatcher mail) throws InterruptedException {
        SignUps.Person person = SignUps.Person.random();
        String id = Json.parse(SignUps.start(server, person).body()).get("signUpId").asText();
        SignUps.confirm(server, id, "email", mail.awaitCode(person.email(), WAIT));
        SignUps.confirm(server, id, "phone", ServerLog.awaitSmsCode(server, person.phone(), WAIT));
        int mailsBefore = mail.countTo(person.email());
        SignUps.Person stranger = SignUps.Person.random();

        HttpResponse<String> taken = SignUps.start(server, new SignUps.Person(person.email(), stranger.phone()));
        HttpResponse<String> fresh = SignUps.start(server, SignUps.Person.random());

        // the same status and the same shape as a sign-up with a fresh address: nobody learns who has an account
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(fresh.statusCode()).isEqualTo(201);
        JsonNode answer = Json.parse(taken.body());
        assertThat(fieldNames(answer)).isEqualTo(fieldNames(Json.parse(fresh.body())));
        assertThat(answer.get("emailConfirmed").asBoolean()).isFalse();
        assertThat(answer.get("kycLevel").asInt()).isZero();
        String takenId = answer.get("signUpId").asText();
        HttpResponse<String> status = Http.get(SignUps.api(server).resolve("signups/" + takenId));
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(SignUps.confirm(server, takenId, "email", "000000").statusCode()).as("no code can confirm it").isEqualTo(400);
        // the owner hears of it, by mail, instead of a code
        java.time.Instant deadline = java.time.Instant.now().plus(WAIT);
        while (mail.countTo(person.email()) == mailsBefore && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(mail.countTo(person.email())).isEqualTo(mailsBefore + 1);
        assertThat(mail.subjectOfLast(person.email())).contains("already have a Vigil account");
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void anAbandonedSignUpDoesNotBlockTheAddress(WildFlyServer server, MailCatcher mail) {
        SignUps.Person person = SignUps.Person.random();
        String first = Json.parse(SignUps.start(server, person).body()).get("signUpId").asText();

        HttpResponse<String> again = SignUps.start(server, person);

        assertThat(again.statusCode()).isEqualTo(201);
        assertProblem(Http.get(SignUps.api(server).resolve("signups/" + first)), 404, "urn:vigil:problem:unknown-sign-up");
    }

    @Test
    void badContactDetailsAreNamedAndNothingIsSent(WildFlyServer server, MailCatcher mail) {
        SignUps.Person person = SignUps.Person.random();
        HttpResponse<String> response = Http.post(SignUps.api(server).resolve("signups"), "application/json", Json.write(Map.of(
                "firstName", "Anna", "lastName", "Muster", "email", person.email(), "phone", "079 123 45 67")));

        assertProblem(response, 400, "urn:vigil:problem:invalid-request");
        assertThat(Json.parse(response.body()).get("errors").get(0).get("field").asText()).isEqualTo("phone");
        assertThat(mail.countTo(person.email())).isZero();
    }

    @Test
    void missingFieldsAreEachNamed(WildFlyServer server) {
        HttpResponse<String> response = Http.post(SignUps.api(server).resolve("signups"), "application/json",
                Json.write(Map.of("firstName", "Anna")));

        assertProblem(response, 400, "urn:vigil:problem:invalid-request");
        assertThat(response.body()).contains("\"field\":\"lastName\"").contains("\"field\":\"email\"").contains("\"field\":\"phone\"");
    }

    @Test
    void codesToOneRecipientAreRateLimited(WildFlyServer server, MailCatcher mail) {
        SignUps.Person person = SignUps.Person.random();
        String id = Json.parse(SignUps.start(server, person).body()).get("signUpId").asText();
        URI resend = SignUps.api(server).resolve("signups/" + id + "/codes");
        String body = Json.write(Map.of("channel", "email"));

        for (int i = 2; i <= 5; i++) {
            assertThat(Http.post(resend, "application/json", body).statusCode()).as("code %d", i).isEqualTo(202);
        }
        HttpResponse<String> refused = Http.post(resend, "application/json", body);

        assertProblem(refused, 429, "urn:vigil:problem:rate-limited");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    }

    @Test
    void whenTheMailServerIsDownNothingIsKept(WildFlyServer server, MailCatcher mail) {
        SignUps.Person person = SignUps.Person.random();
        mail.pause();
        HttpResponse<String> refused;
        try {
            refused = SignUps.start(server, person);
        } finally {
            mail.resume();
        }

        assertProblem(refused, 503, "urn:vigil:problem:delivery-failed");
        assertThat(SignUps.start(server, person).statusCode()).as("the address is free: nothing was kept").isEqualTo(201);
    }

    @Test
    void anUnknownSignUpIsA404Problem(WildFlyServer server) {
        assertProblem(Http.get(SignUps.api(server).resolve("signups/7b0f1c56-0a43-4c4e-9a0e-2f1b0d6c9a11")), 404,
                "urn:vigil:problem:unknown-sign-up");
    }

    static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.parse(response.body()).get("type").asText()).isEqualTo(type);
    }
}
