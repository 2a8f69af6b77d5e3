package org.vigil.care.domain.prescription;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A prescription's PDF of one kind. */
@Embeddable
public class PrescriptionPdfKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "prescription_id")
    private UUID prescriptionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private PdfKind kind;

    protected PrescriptionPdfKey() {
        // for JPA
    }

    public PrescriptionPdfKey(UUID prescriptionId, PdfKind kind) {
        this.prescriptionId = prescriptionId;
        this.kind = kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrescriptionPdfKey k && Objects.equals(prescriptionId, k.prescriptionId) && kind == k.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(prescriptionId, kind);
    }
}
