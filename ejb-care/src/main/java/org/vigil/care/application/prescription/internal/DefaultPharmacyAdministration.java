package org.vigil.care.application.prescription.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.prescription.PharmacyAdministration;
import org.vigil.care.application.prescription.PharmacyView;
import org.vigil.care.domain.pharmacy.Pharmacist;
import org.vigil.care.domain.pharmacy.Pharmacy;
import org.vigil.care.domain.pharmacy.PreferredPharmacy;
import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;
import org.vigil.platform.audit.AuditRecorder;

@Stateless
public class DefaultPharmacyAdministration implements PharmacyAdministration {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Inject
    PrescriptionRecords records;

    @EJB
    AuditRecorder audit;

    private PharmacyView register(String name, String address, String phone) {
        Pharmacy pharmacy = new Pharmacy(text("name", name, 200, true), text("address", address, 400, true),
                text("phone", phone, 40, false), Instant.now());
        em.persist(pharmacy);
        return view(em, pharmacy);
    }

    private List<PharmacyView> pharmacies() {
        return em.createQuery("select p from Pharmacy p order by p.name", Pharmacy.class).setMaxResults(1000).getResultStream()
                .map(p -> view(em, p)).toList();
    }

    private PharmacyView addPharmacist(UUID pharmacyId, UUID accountId) {
        Pharmacy pharmacy = records.pharmacy(pharmacyId);
        if (accountId == null) {
            throw CareRefusal.invalid("accountId is required.");
        }
        if (!new org.vigil.care.infrastructure.persistence.JpaPharmacyMembership(em).works(accountId, pharmacyId)) {
            em.persist(new Pharmacist(pharmacyId, accountId, Instant.now()));
            em.flush();
        }
        return view(em, pharmacy);
    }

    private PharmacyView removePharmacist(UUID pharmacyId, UUID accountId) {
        Pharmacy pharmacy = records.pharmacy(pharmacyId);
        List<Pharmacist> current = em.createQuery("select p from Pharmacist p where p.pharmacyId = :ph and p.accountId = :a "
                + "and p.until is null", Pharmacist.class).setParameter("ph", pharmacyId).setParameter("a", accountId).getResultList();
        if (current.isEmpty()) {
            throw new CareRefusal(404, "not-a-pharmacist", "Not a pharmacist", "Account " + accountId + " does not work for this pharmacy.");
        }
        Instant now = Instant.now();
        current.forEach(p -> p.leave(now));
        em.flush();
        return view(em, pharmacy);
    }

    private void choosePharmacy(UUID patientId, UUID pharmacyId, String chosenBy) {
        records.patient(patientId);
        records.pharmacy(pharmacyId);
        PreferredPharmacy existing = em.find(PreferredPharmacy.class, patientId);
        if (existing == null) {
            em.persist(new PreferredPharmacy(patientId, pharmacyId, chosenBy, Instant.now()));
        } else {
            existing.change(pharmacyId, chosenBy, Instant.now());
        }
    }

    static PharmacyView view(EntityManager em, Pharmacy pharmacy) {
        List<UUID> pharmacists = em.createQuery("select p.accountId from Pharmacist p where p.pharmacyId = :ph and p.until is null",
                UUID.class).setParameter("ph", pharmacy.id()).getResultList();
        return new PharmacyView(pharmacy.id(), pharmacy.name(), pharmacy.address(), pharmacy.phone(), pharmacists);
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw CareRefusal.invalid(field + " is required.");
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
            throw CareRefusal.invalid(field + " has at most " + max + " characters and no control characters.");
        }
        return stripped;
    }

    @Override
    public PharmacyView register(Caller caller, String name, String address, String phone) {
        String admin = AdminAuthorization.require(caller);
        PharmacyView pharmacy = register(name, address, phone);
        audit.record(admin, "pharmacy.register", "pharmacy:" + pharmacy.id(), caller.address(), pharmacy.name());
        return pharmacy;
    }

    @Override
    public List<PharmacyView> pharmacies(Caller caller) {
        AdminAuthorization.require(caller);
        return pharmacies();
    }

    @Override
    public PharmacyView addPharmacist(Caller caller, UUID pharmacyId, UUID accountId) {
        String admin = AdminAuthorization.require(caller);
        PharmacyView pharmacy = addPharmacist(pharmacyId, accountId);
        audit.record(admin, "pharmacist.add", "pharmacy:" + pharmacyId, caller.address(), "account " + accountId);
        return pharmacy;
    }

    @Override
    public PharmacyView removePharmacist(Caller caller, UUID pharmacyId, UUID accountId) {
        String admin = AdminAuthorization.require(caller);
        PharmacyView pharmacy = removePharmacist(pharmacyId, accountId);
        audit.record(admin, "pharmacist.remove", "pharmacy:" + pharmacyId, caller.address(), "account " + accountId);
        return pharmacy;
    }

    @Override
    public void choosePharmacy(Caller caller, UUID patientId, UUID pharmacyId) {
        String admin = AdminAuthorization.require(caller);
        choosePharmacy(patientId, pharmacyId, admin);
        audit.record(admin, "patient.pharmacy", "patient:" + patientId, caller.address(), "pharmacy " + pharmacyId);
    }
}
