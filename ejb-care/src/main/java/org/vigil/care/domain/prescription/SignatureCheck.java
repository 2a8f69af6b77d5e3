package org.vigil.care.domain.prescription;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the validation of the signed PDF said when it arrived for routing (ETSI EN 319 102-1 by
 * EU DSS): the indication and sub-indication, who signed, and DSS's simple and detailed reports,
 * kept with the prescription so a pharmacist sees what was checked.
 */
@Entity
@Table(name = "care_prescription_validation")
public class SignatureCheck {

    @Id
    @Column(name = "prescription_id")
    private UUID prescriptionId;

    @Column(nullable = false)
    private String indication;

    @Column(name = "sub_indication")
    private String subIndication;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signer_account")
    private UUID signerAccount;

    @Column(name = "signature_format")
    private String signatureFormat;

    @Column(name = "validated_at", nullable = false)
    private Instant validatedAt;

    @Column(name = "simple_report")
    private byte[] simpleReport;

    @Column(name = "detailed_report")
    private byte[] detailedReport;

    protected SignatureCheck() {
        // for JPA
    }

    /** @param signature the signature the check stands for: the first that failed, else the prescriber's */
    public SignatureCheck(UUID prescriptionId, SignatureFindings.Signature signature, String simpleReport, String detailedReport,
            Instant now) {
        this.prescriptionId = prescriptionId;
        this.indication = signature.indication();
        this.subIndication = signature.subIndication();
        this.signedBy = signature.signedBy();
        this.signerAccount = signature.signerAccount();
        this.signatureFormat = signature.format();
        this.validatedAt = now;
        this.simpleReport = utf8(simpleReport);
        this.detailedReport = utf8(detailedReport);
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String indication() {
        return indication;
    }

    public String subIndication() {
        return subIndication;
    }

    public String signedBy() {
        return signedBy;
    }

    public UUID signerAccount() {
        return signerAccount;
    }

    public String signatureFormat() {
        return signatureFormat;
    }

    public Instant validatedAt() {
        return validatedAt;
    }

    public String simpleReport() {
        return text(simpleReport);
    }

    public String detailedReport() {
        return text(detailedReport);
    }
}
