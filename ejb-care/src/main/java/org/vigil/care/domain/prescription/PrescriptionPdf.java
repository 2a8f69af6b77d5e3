package org.vigil.care.domain.prescription;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A prescription's PDF, kept in the database with its SHA-256: the rendering the doctor signs,
 * and the signed document the pharmacy receives. Written once per kind.
 */
@Entity
@Table(name = "care_prescription_pdf")
public class PrescriptionPdf {

    @EmbeddedId
    private PrescriptionPdfKey key;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PrescriptionPdf() {
        // for JPA
    }

    public PrescriptionPdf(UUID prescriptionId, PdfKind kind, byte[] content, Instant now) {
        this.key = new PrescriptionPdfKey(prescriptionId, kind);
        this.content = content.clone();
        this.sha256 = sha256(content);
        this.createdAt = now;
    }

    public byte[] content() {
        return content.clone();
    }

    public String sha256() {
        return sha256;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
