package org.vigil.it.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Signing people up through the public API, as a person would. */
public final class SignUps {

    public static final Duration WAIT = Duration.ofSeconds(10);

    private SignUps() {
    }

    /** A person nobody else in the run uses, so tests do not share rate limits or accounts. */
    public record Person(String email, String phone) {
        /**
         * A person whose address and number no one else in the run has: a sign-up with someone else's number is answered
         * as a decoy (no code, a notice to the owner), so a run of a few thousand sign-ups needs far more numbers than
         * seven digits give (two shared a number in one run).
         */
        public static Person random() {
            long n = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
            return new Person("p" + n + "@example.org", "+4179" + n / 10);
        }
    }

    /** A level-1 account, confirmed by the codes that really arrived; returns its enrollment code. */
    public static String level1(WildFlyServer server, MailCatcher mail, Person person) {
        return level1Account(server, mail, person).enrollmentCode();
    }

    /** A new level-1 account: its id (the OIDC subject) and the code to enroll its first authenticator. */
    public record Account(String id, String enrollmentCode) {
    }

    public static Account level1Account(WildFlyServer server, MailCatcher mail, Person person) {
        return level1Account(server, mail, person, "Anna", "Muster");
    }

    /** A new level-1 account in the name given (a test that shows people on screen tells them apart by name). */
    public static Account level1Account(WildFlyServer server, MailCatcher mail, Person person, String firstName, String lastName) {
        String id = Json.parse(start(server, person, firstName, lastName).body()).get("signUpId").asText();
        confirm(server, id, "email", mail.awaitCode(person.email(), WAIT));
        HttpResponse<String> done = confirm(server, id, "phone", ServerLog.awaitSmsCode(server, person.phone(), WAIT));
        return new Account(id, Json.parse(done.body()).get("enrollmentCode").asText());
    }

    public static HttpResponse<String> start(WildFlyServer server, Person person) {
        return start(server, person, "Anna", "Muster");
    }

    public static HttpResponse<String> start(WildFlyServer server, Person person, String firstName, String lastName) {
        return Http.post(api(server).resolve("signups"), "application/json", Json.write(Map.of(
                "firstName", firstName, "lastName", lastName, "email", person.email(), "phone", person.phone())));
    }

    public static HttpResponse<String> confirm(WildFlyServer server, String id, String channel, String code) {
        return Http.post(api(server).resolve("signups/" + id + "/confirmations"), "application/json",
                Json.write(Map.of("channel", channel, "code", code)));
    }

    public static URI api(WildFlyServer server) {
        return server.baseUrl().resolve("api/v1/");
    }
}
