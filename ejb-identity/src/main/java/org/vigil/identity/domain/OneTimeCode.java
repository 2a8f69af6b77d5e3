package org.vigil.identity.domain;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A six-digit code sent to an email address or phone number, proving control of it when typed
 * back. Short-lived, a few attempts, single use; only a salted hash is stored.
 */
@Entity
@Table(name = "idn_one_time_code")
public class OneTimeCode {

    public static final Duration LIFETIME = Duration.ofMinutes(10);
    public static final int MAX_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What checking a typed code found. */
    public enum Check { ACCEPTED, WRONG, EXPIRED, EXHAUSTED, USED }

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeCode() {
        // for JPA
    }

    private OneTimeCode(UUID accountId, Channel channel, String code, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.channel = channel;
        this.codeHash = hash(id, code);
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
        this.maxAttempts = MAX_ATTEMPTS;
    }

    /** A fresh code; the plain code is returned once, to be sent, and never stored. */
    public static Issued issue(UUID accountId, Channel channel, Instant now) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        return new Issued(new OneTimeCode(accountId, channel, code, now), code);
    }

    /** A stored code and the plain code to send. */
    public record Issued(OneTimeCode stored, String code) {
    }

    public Check check(String typed, Instant now) {
        if (usedAt != null) {
            return Check.USED;
        }
        if (attempts >= maxAttempts) {
            return Check.EXHAUSTED;
        }
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        attempts++;
        boolean matches = typed != null && Sha256.sameHex(hash(id, typed.strip()), codeHash);
        if (matches) {
            usedAt = now;
            return Check.ACCEPTED;
        }
        return attempts >= maxAttempts ? Check.EXHAUSTED : Check.WRONG;
    }

    public int attemptsLeft() {
        return Math.max(0, maxAttempts - attempts);
    }

    public Channel channel() {
        return channel;
    }

    public UUID accountId() {
        return accountId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    private static String hash(UUID salt, String code) {
        return Sha256.hex(salt + ":" + code);
    }
}
