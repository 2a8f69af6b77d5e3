package org.vigil.admin.pharmacy;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vigil.admin.ui.Feedback;
import org.vigil.care.application.prescription.PharmacyView;
import org.vigil.care.application.prescription.PrescriptionView;

/**
 * The pharmacists' inbox: the prescriptions that reached their pharmacy (oldest first), one opened with its
 * items, the signature check DSS made on arrival, its history and its PDF, and the pharmacy's next step or a
 * rejection with a reason.
 */
@Named
@ViewScoped
public class PharmacyInboxView implements Serializable {

    @Inject
    PharmacyFacade pharmacy;

    private List<PharmacyView> pharmacies = List.of();
    /** The chosen pharmacy's id as the menu posts it. */
    private String pharmacyId;
    private List<PrescriptionView> rows = List.of();
    private PrescriptionView selected;
    private String rejectReason;

    @PostConstruct
    void load() {
        pharmacies = pharmacy.pharmacies();
        if (!pharmacies.isEmpty()) {
            pharmacyId = pharmacies.get(0).id().toString();
            refresh();
        }
    }

    public void refresh() {
        UUID chosen = chosenPharmacy();
        if (chosen != null) {
            Feedback.attempt(() -> pharmacy.inbox(chosen)).ifPresent(found -> rows = found);
        }
    }

    public void choosePharmacy() {
        selected = null;
        refresh();
    }

    public void open(UUID prescriptionId) {
        rejectReason = null;
        Feedback.attempt(() -> pharmacy.prescription(prescriptionId)).ifPresent(p -> selected = p);
    }

    public void advance() {
        if (selected != null) {
            PharmacySteps.next(selected.status()).ifPresent(step -> Feedback.attempt(() -> pharmacy.advance(selected.id(), step.status(), null))
                    .ifPresent(p -> changed(p, "Prescription " + p.number() + " is " + p.status() + ".")));
        }
    }

    public void reject() {
        if (selected != null) {
            Feedback.attempt(() -> pharmacy.advance(selected.id(), "rejected", rejectReason))
                    .ifPresent(p -> changed(p, "Rejected prescription " + p.number() + "; the prescriber sees why."));
        }
    }

    private void changed(PrescriptionView p, String message) {
        selected = p;
        rejectReason = null;
        Feedback.info(message);
        refresh();
    }

    public PharmacySteps.Step getNextStep() {
        return selected == null ? null : PharmacySteps.next(selected.status()).orElse(null);
    }

    public boolean isRejectable() {
        return selected != null && PharmacySteps.rejectable(selected.status());
    }

    public List<PharmacyView> getPharmacies() {
        return pharmacies;
    }

    /** One of the pharmacist's own pharmacies; anything else the menu could be made to post counts as none. */
    private UUID chosenPharmacy() {
        return pharmacies.stream().map(PharmacyView::id).filter(id -> id.toString().equals(pharmacyId)).findFirst().orElse(null);
    }

    public String getPharmacyId() {
        return pharmacyId;
    }

    public void setPharmacyId(String pharmacyId) {
        this.pharmacyId = pharmacyId;
    }

    public List<PrescriptionView> getRows() {
        return rows;
    }

    public PrescriptionView getSelected() {
        return selected;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }
}
