package org.vigil.identity.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AuthenticatorRepository;
import org.vigil.identity.domain.Channel;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.domain.EnrollmentCode;
import org.vigil.identity.domain.EnrollmentCodeRepository;
import org.vigil.identity.domain.KycEvidence;
import org.vigil.identity.domain.KycLevel;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.OAuthClientRepository;
import org.vigil.identity.domain.AccountRole;

/**
 * Demo data, only when {@code VIGIL_DEMO=true} (the run command sets it): one person per role at
 * level 1, an enrollment code for each one's authenticator written to
 * {@code <data dir>/vigil-demo/enrollment-codes.properties} for the run command to enroll the
 * CLI with, everyone's account id in {@code accounts.properties} beside it (the run command admits
 * the demo patient to care with it and enrolls a simulated gateway), and the confidential client
 * {@code demo-app}. Idempotent: what exists stays.
 */
@Startup
@Singleton
@DependsOn("AdminClientBootstrap")
public class DemoSeeder {

    static final String CLIENT_ID = "demo-app";
    private static final Duration CODE_LIFETIME = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    private record Person(String key, String first, String last, AccountRole role, String phone) {
        String email() {
            return key + "@vigil.demo";
        }
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("admin", "Ada", "Admin", AccountRole.ADMIN, "+41790000001"),
            new Person("doctor", "Dora", "Doctor", AccountRole.DOCTOR, "+41790000002"),
            new Person("nurse", "Nina", "Nurse", AccountRole.NURSE, "+41790000003"),
            new Person("pharmacist", "Phil", "Pharmacist", AccountRole.PHARMACIST, "+41790000004"),
            new Person("supervisor", "Sue", "Supervisor", AccountRole.SUPERVISOR, "+41790000005"),
            new Person("patient", "Paul", "Patient", AccountRole.PATIENT, "+41790000006"));

    @Inject
    AccountRepository accounts;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    EnrollmentCodeRepository enrollmentCodes;

    @Inject
    IssuerUrl issuer;

    @Inject
    OAuthClientRepository clients;

    @PostConstruct
    void seed() {
        Config config = ConfigProvider.getConfig();
        if (!config.getOptionalValue("vigil.demo", Boolean.class).orElse(false)) {
            return;
        }
        Instant now = Instant.now();
        Properties codes = new Properties();
        Properties accountIds = new Properties();
        for (Person person : PEOPLE) {
            Account account = accounts.byEmail(person.email()).orElseGet(() -> create(person, now));
            accountIds.setProperty(person.key(), account.id().toString());
            if (authenticators.activeOf(account.id()).isEmpty()) {
                EnrollmentCode.Issued issued = EnrollmentCode.issue(account.id(), now, CODE_LIFETIME);
                enrollmentCodes.store(issued.stored());
                codes.setProperty(person.key(), issued.code());
            }
        }
        config.getOptionalValue("vigil.demo.client.secret", String.class).ifPresent(this::demoClient);
        write("enrollment-codes.properties", codes,
                "Enrollment codes of the demo people's authenticators (valid one day, single use)");
        write("accounts.properties", accountIds, "The demo people's account ids (OIDC subjects), for the run command"
                + " to admit the demo patient to care and enroll the demo gateway through the admin API");
        LOG.info("Demo data ready: " + PEOPLE.size() + " people, " + codes.size() + " authenticators to enroll");
    }

    private Account create(Person person, Instant now) {
        Account account = new Account(person.first(), person.last(), person.email(), person.phone(), now);
        account.confirm(Channel.EMAIL, now);
        account.confirm(Channel.PHONE, now);
        account.grant(person.role());
        accounts.store(account);
        accounts.store(new KycEvidence(account.id(), KycLevel.LOW, "demo-seed", "demo", now, "demo data: no code was sent"));
        return account;
    }

    private void demoClient(String secret) {
        if (clients.find(CLIENT_ID).isPresent()) {
            return;
        }
        String callback = issuer.resolve("/demo/callback.html");
        clients.store(OAuthClient.withSecret(CLIENT_ID, "Vigil demo app", ClientAuthMethod.CLIENT_SECRET_BASIC, secret,
                Set.of(callback), Set.of(issuer.resolve("/demo/")), Set.of("authorization_code", "refresh_token"),
                Set.of("openid", "profile", "email", "phone", "offline_access"), Set.of(), false, Instant.now()));
    }

    private static void write(String name, Properties values, String comment) {
        Path file = Path.of(System.getProperty("jboss.server.data.dir", "."), "vigil-demo", name);
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                values.store(out, comment);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
