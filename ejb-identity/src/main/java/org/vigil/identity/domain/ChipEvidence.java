package org.vigil.identity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What one accepted read of an identity document's chip established for KYC level 2: the document (from its DG1, which
 * the SOD vouches for), who vouches for it (Document Signer and CSCA), the SOD itself, and the face it showed, sealed.
 * Belongs to the {@link KycEvidence} row that raised the account; written once, never changed.
 */
@Entity
@Table(name = "idn_kyc_chip_evidence")
public class ChipEvidence {

    @Id
    private UUID id;

    @Column(name = "evidence_id", nullable = false)
    private UUID evidenceId;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "terminal_client_id", nullable = false)
    private String terminalClientId;

    @Column(name = "document_code", nullable = false)
    private String documentCode;

    @Column(name = "issuing_state", nullable = false)
    private String issuingState;

    @Column(name = "document_number", nullable = false)
    private String documentNumber;

    @Column(nullable = false)
    private String surname;

    @Column(name = "given_names", nullable = false)
    private String givenNames;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(name = "digest_algorithm", nullable = false)
    private String digestAlgorithm;

    @Column(name = "data_groups", nullable = false)
    private String dataGroups;

    @Column(name = "document_signer", nullable = false)
    private String documentSigner;

    @Column(nullable = false)
    private String csca;

    @Column(nullable = false)
    private byte[] sod;

    @Column(name = "sealed_face", length = 1000000)
    private String sealedFace;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected ChipEvidence() {
        // for JPA
    }

    /** The document as its chip's DG1 describes it. */
    public record Document(String code, String issuingState, String number, String surname, String givenNames,
            LocalDate birthDate, LocalDate expiryDate) {
    }

    /** Who vouched for the chip: the digest of the SOD, the data groups it covered, the DS and CSCA subjects, the SOD. */
    public record Authentication(String digestAlgorithm, String dataGroups, String documentSigner, String csca, byte[] sod) {
    }

    public ChipEvidence(UUID id, KycEvidence evidence, String terminalClientId, Document document, Authentication authentication,
            Instant readAt) {
        this.id = id;
        this.evidenceId = evidence.id();
        this.accountId = evidence.accountId();
        this.terminalClientId = terminalClientId;
        this.documentCode = document.code();
        this.issuingState = document.issuingState();
        this.documentNumber = document.number();
        this.surname = document.surname();
        this.givenNames = document.givenNames();
        this.birthDate = document.birthDate();
        this.expiryDate = document.expiryDate();
        this.digestAlgorithm = authentication.digestAlgorithm();
        this.dataGroups = authentication.dataGroups();
        this.documentSigner = authentication.documentSigner();
        this.csca = authentication.csca();
        this.sod = authentication.sod().clone();
        this.readAt = readAt;
    }

    /** Keeps the face image, sealed for this row by the caller (see {@code AtRestEncryption}). */
    public void keepSealedFace(String sealed) {
        this.sealedFace = sealed;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String sealedFace() {
        return sealedFace;
    }

    public String issuingState() {
        return issuingState;
    }

    public String documentCode() {
        return documentCode;
    }

    public LocalDate expiryDate() {
        return expiryDate;
    }

    /** The document as the chip's DG1 described it. */
    public Document document() {
        return new Document(documentCode, issuingState, documentNumber, surname, givenNames, birthDate, expiryDate);
    }

    /** Who vouched for the chip (the SOD included, a copy). */
    public Authentication authentication() {
        return new Authentication(digestAlgorithm, dataGroups, documentSigner, csca, sod.clone());
    }

    public String terminalClientId() {
        return terminalClientId;
    }

    public Instant readAt() {
        return readAt;
    }
}
