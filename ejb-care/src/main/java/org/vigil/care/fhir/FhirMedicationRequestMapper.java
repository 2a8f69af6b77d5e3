package org.vigil.care.fhir;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.vigil.care.domain.prescription.MedicationItem;
import org.vigil.care.domain.prescription.Prescription;
import org.vigil.care.domain.prescription.PrescriptionStatus;

/**
 * A prescription as FHIR R4 {@code MedicationRequest}s: one per item (FHIR orders one medication
 * per request), grouped by the prescription number ({@code groupIdentifier}), id
 * {@code <prescription id>-<item number>}. The signed PDF travels as the attachment of a contained
 * {@code DocumentReference} named in {@code supportingInformation}: its bytes, size, SHA-1 (the
 * hash R4 defines) and the API address it is downloaded from.
 */
public final class FhirMedicationRequestMapper {

    public static final String NUMBER_SYSTEM = "urn:vigil:prescription-number";
    public static final String ACCOUNT_SYSTEM = "urn:vigil:account";

    private FhirMedicationRequestMapper() {
    }

    /** @param signedPdf the signed PDF, or null before signing; @param pdfUrl where the API serves it */
    public static List<MedicationRequest> map(Prescription prescription, String patientName, String pharmacyName, byte[] signedPdf,
            String pdfUrl) {
        List<MedicationRequest> requests = new ArrayList<>();
        List<MedicationItem> items = prescription.items();
        for (int i = 0; i < items.size(); i++) {
            requests.add(one(prescription, i + 1, items.get(i), patientName, pharmacyName, signedPdf, pdfUrl));
        }
        return requests;
    }

    private static MedicationRequest one(Prescription p, int position, MedicationItem item, String patientName, String pharmacyName,
            byte[] signedPdf, String pdfUrl) {
        MedicationRequest r = new MedicationRequest();
        r.setId(p.id() + "-" + position);
        r.setStatus(status(p.status()));
        if (p.statusReason() != null) {
            r.setStatusReason(new CodeableConcept().setText(p.statusReason()));
        }
        r.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        r.setGroupIdentifier(new Identifier().setSystem(NUMBER_SYSTEM).setValue(p.number()));
        CodeableConcept medication = new CodeableConcept().setText(item.label());
        if (item.code() != null) {
            medication.addCoding(new Coding().setSystem(item.codeSystem()).setCode(item.code()).setDisplay(item.medication()));
        }
        r.setMedication(medication);
        r.setSubject(new Reference("Patient/" + p.patientId()).setDisplay(patientName));
        r.setAuthoredOn(Date.from(p.createdAt()));
        r.setRequester(new Reference().setIdentifier(new Identifier().setSystem(ACCOUNT_SYSTEM).setValue(p.prescriberId().toString())));
        Dosage dosage = r.addDosageInstruction().setSequence(1).setText(item.dose() + ", " + item.route() + ", " + item.frequency()
                + (item.duration() == null ? "" : ", for " + item.duration()));
        dosage.setRoute(new CodeableConcept().setText(item.route()));
        if (item.instructions() != null) {
            dosage.setPatientInstruction(item.instructions());
        }
        r.getDispenseRequest().setValidityPeriod(new Period().setStart(Date.from(p.validity().from())).setEnd(Date.from(p.validity().until())))
                .setPerformer(new Reference().setDisplay(pharmacyName));
        r.addNote(new Annotation().setText("Quantity to dispense: " + item.quantity()));
        if (signedPdf != null) {
            DocumentReference document = new DocumentReference();
            document.setId("signed-pdf");
            document.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
            document.getContentFirstRep().setAttachment(new Attachment().setContentType("application/pdf").setData(signedPdf)
                    .setUrl(pdfUrl).setSize(signedPdf.length).setHash(sha1(signedPdf)).setTitle("Prescription " + p.number() + " (signed)"));
            r.addContained(document);
            r.addSupportingInformation(new Reference("#signed-pdf"));
        }
        return r;
    }

    static MedicationRequest.MedicationRequestStatus status(PrescriptionStatus status) {
        return switch (status) {
            case DRAFT, SIGNING -> MedicationRequest.MedicationRequestStatus.DRAFT;
            case SIGNED, RECEIVED, VERIFIED, IN_PREPARATION, READY -> MedicationRequest.MedicationRequestStatus.ACTIVE;
            case PICKED_UP, DELIVERED -> MedicationRequest.MedicationRequestStatus.COMPLETED;
            case RETURNED, CANCELLED -> MedicationRequest.MedicationRequestStatus.CANCELLED;
            case REJECTED -> MedicationRequest.MedicationRequestStatus.STOPPED;
        };
    }

    private static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
