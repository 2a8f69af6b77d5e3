package org.vigil.documents.domain;

import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.vigil.documents.trust.IssuedCertificate;
import org.vigil.documents.trust.Revocation;
import org.vigil.documents.trust.RevocationReason;

/**
 * The stored form of an {@link IssuedCertificate}, with the authenticator it certifies when it
 * is a person's signing certificate (so revoking the authenticator revokes it).
 */
@Entity
@Table(name = "doc_issued_certificate")
public class IssuedCertificateRecord {

    @Id
    private UUID id;

    @Column(nullable = false, length = 500)
    private String issuer;

    @Column(nullable = false, length = 64)
    private String serial;

    @Column(nullable = false, length = 1000)
    private String subject;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Column(nullable = false)
    private byte[] encoded;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason")
    private Integer revocationReason;

    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "authenticator_id")
    private UUID authenticatorId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected IssuedCertificateRecord() {
        // for JPA
    }

    public IssuedCertificateRecord(IssuedCertificate certificate, Instant now) {
        this.id = UUID.randomUUID();
        this.issuer = certificate.issuer();
        this.serial = hex(certificate.serial());
        this.issuedAt = now;
        update(certificate);
    }

    public static String hex(BigInteger serial) {
        return serial.toString(16);
    }

    /** Takes over the state of {@code certificate} (its revocation, once revoked). */
    public void update(IssuedCertificate certificate) {
        this.subject = certificate.subject();
        this.notAfter = certificate.notAfter();
        this.encoded = certificate.encoded();
        this.revokedAt = certificate.revoked().map(Revocation::time).orElse(null);
        this.revocationReason = certificate.revoked().map(r -> r.reason().code()).orElse(null);
    }

    /** Marks this as the signing certificate of a person's authenticator. */
    public void certifies(UUID account, UUID authenticator) {
        this.accountId = account;
        this.authenticatorId = authenticator;
    }

    public IssuedCertificate toIssuedCertificate() {
        Revocation revocation = revokedAt == null ? null : new Revocation(revokedAt, RevocationReason.ofCode(revocationReason));
        return new IssuedCertificate(issuer, new BigInteger(serial, 16), subject, notAfter, encoded, revocation);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public String serial() {
        return serial;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public UUID authenticatorId() {
        return authenticatorId;
    }

    public byte[] encoded() {
        return encoded.clone();
    }
}
