package org.vigil.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.vigil.identity.kyc.InPersonReview;

/**
 * A KYC officer's decision on a person she saw in person (level 3), about the chip evidence she was shown: approved or
 * refused, with the reason. Written once, never changed; the rules of rounds and second approvals are
 * {@link InPersonReview}'s.
 */
@Entity
@Table(name = "idn_kyc_officer_decision")
public class OfficerDecision {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "chip_evidence_id", nullable = false)
    private UUID chipEvidenceId;

    @Column(nullable = false)
    private String officer;

    @Column(nullable = false)
    private String verdict;

    @Column(length = 1000)
    private String reason;

    @Column(name = "closes_round", nullable = false)
    private boolean closesRound;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected OfficerDecision() {
        // for JPA
    }

    public OfficerDecision(UUID accountId, UUID chipEvidenceId, InPersonReview.Decision decision) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.chipEvidenceId = chipEvidenceId;
        this.officer = decision.officer();
        this.verdict = decision.verdict().text();
        this.reason = decision.reason();
        this.closesRound = decision.closesRound();
        this.decidedAt = decision.at();
    }

    public UUID id() {
        return id;
    }

    public InPersonReview.Decision decision() {
        return new InPersonReview.Decision(officer, InPersonReview.Verdict.of(verdict), reason, closesRound, decidedAt);
    }
}
