package org.vigil.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Why an account holds a KYC level: how it was verified, by whom, when. Written once, never
 * changed, so the history of a person's level can always be explained.
 */
@Entity
@Table(name = "idn_kyc_evidence")
public class KycEvidence {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false)
    private int level;

    @Column(nullable = false)
    private String method;

    @Column(name = "verified_by", nullable = false)
    private String verifiedBy;

    @Column(name = "verified_at", nullable = false)
    private Instant verifiedAt;

    @Column(length = 1000)
    private String details;

    protected KycEvidence() {
        // for JPA
    }

    public KycEvidence(UUID accountId, KycLevel level, String method, String verifiedBy, Instant verifiedAt, String details) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.level = level.number();
        this.method = method;
        this.verifiedBy = verifiedBy;
        this.verifiedAt = verifiedAt;
        this.details = details;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public KycLevel level() {
        return KycLevel.ofNumber(level);
    }

    public String method() {
        return method;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }
}
