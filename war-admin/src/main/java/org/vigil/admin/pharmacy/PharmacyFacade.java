package org.vigil.admin.pharmacy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.admin.security.ConsoleRole;
import org.vigil.admin.security.ConsoleUser;
import org.vigil.care.application.prescription.PharmacyService;
import org.vigil.care.application.prescription.PharmacyView;
import org.vigil.care.application.prescription.PrescriptionFile;
import org.vigil.care.application.prescription.PrescriptionReads;
import org.vigil.care.application.prescription.PrescriptionView;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.prescription.PrescriptionStatus;
import org.vigil.identity.oidc.ConsoleClientBootstrap;

/**
 * A pharmacist's work in the console, through the same care services a pharmacy system uses over REST: the care module
 * checks that the person works for the pharmacy, audits every read of a prescription (patient data) and records each step
 * with who took it. The console only says who asks: the signed-in person, through the console's client, with their roles.
 */
@ApplicationScoped
public class PharmacyFacade {

    @EJB
    PharmacyService pharmacy;

    @EJB
    PrescriptionReads reads;

    @Inject
    ConsoleUser user;

    public List<PharmacyView> pharmacies() {
        return pharmacy.pharmacies(requester());
    }

    public List<PrescriptionView> inbox(UUID pharmacyId) {
        return pharmacy.inbox(requester(), pharmacyId, Set.of(), "console pharmacy inbox");
    }

    public PrescriptionView prescription(UUID prescriptionId) {
        return reads.read(requester(), prescriptionId, "console pharmacy inbox");
    }

    public PrescriptionFile pdf(UUID prescriptionId) {
        return reads.pdf(requester(), prescriptionId, "console pharmacy inbox pdf");
    }

    /** @param to the wire name of the step ({@code verified}, {@code in-preparation}, {@code ready}, {@code rejected}) */
    public PrescriptionView advance(UUID prescriptionId, String to, String reason) {
        PrescriptionStatus status = PrescriptionStatus.fromWire(to).orElseThrow(() -> new IllegalArgumentException("no status " + to));
        return pharmacy.advance(requester(), prescriptionId, status, reason);
    }

    private Requester requester() {
        user.require(ConsoleRole.PHARMACIST);
        Set<String> roles = user.roles().stream().map(ConsoleRole::claim).collect(Collectors.toSet());
        return Requester.person(user.accountId(), ConsoleClientBootstrap.CLIENT_ID, roles, user.getClientAddress());
    }
}
