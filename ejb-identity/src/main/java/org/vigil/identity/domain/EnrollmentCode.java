package org.vigil.identity.domain;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A code a person types into a new authenticator so that its key is bound to their account:
 * twelve characters of Crockford's base32 (60 bits) shown as {@code XXXX-XXXX-XXXX}, single use,
 * short-lived. Found by its hash, so the code alone is enough to enroll and is never stored.
 */
@Entity
@Table(name = "idn_enrollment_code")
public class EnrollmentCode {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected EnrollmentCode() {
        // for JPA
    }

    private EnrollmentCode(UUID accountId, String code, Instant now, Duration lifetime) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.codeHash = hashOf(code);
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    public static Issued issue(UUID accountId, Instant now) {
        return issue(accountId, now, LIFETIME);
    }

    public static Issued issue(UUID accountId, Instant now, Duration lifetime) {
        String code = newCode();
        return new Issued(new EnrollmentCode(accountId, code, now, lifetime), code);
    }

    /** A fresh {@code XXXX-XXXX-XXXX} code, for people's and devices' enrollments alike. */
    public static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A stored code and the plain code to show once. */
    public record Issued(EnrollmentCode stored, String code) {
    }

    /** The hash a typed code is looked up by: case, dashes and spaces do not matter, nor O/0 and I/L/1. */
    public static String hashOf(String typed) {
        String normalised = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return Sha256.hex("enrollment:" + normalised);
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public UUID accountId() {
        return accountId;
    }
}
