package org.vigil.care.application.prescription;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.platform.access.Caller;

/**
 * What admins set up for prescriptions: pharmacies, their pharmacists, each patient's preferred pharmacy. Each method
 * refuses a caller that {@code AdminAuthorization} does not let administer before it looks at anything; each change is
 * put on the audit trail in the same transaction ({@code pharmacy.register}, {@code pharmacist.add},
 * {@code pharmacist.remove}, {@code patient.pharmacy}).
 */
@Local
public interface PharmacyAdministration {

    PharmacyView register(Caller caller, String name, String address, String phone);

    List<PharmacyView> pharmacies(Caller caller);

    /** Makes the account a pharmacist of the pharmacy; already one, nothing changes. */
    PharmacyView addPharmacist(Caller caller, UUID pharmacyId, UUID accountId);

    /** The account stops working for the pharmacy: its next action there is refused. */
    PharmacyView removePharmacist(Caller caller, UUID pharmacyId, UUID accountId);

    /** Where the patient's prescriptions go unless the doctor names another pharmacy; chosen by the caller's audit name. */
    void choosePharmacy(Caller caller, UUID patientId, UUID pharmacyId);
}
