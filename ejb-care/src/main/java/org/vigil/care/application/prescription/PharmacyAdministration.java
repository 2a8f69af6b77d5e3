package org.vigil.care.application.prescription;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

/** What admins set up for prescriptions: pharmacies, their pharmacists, each patient's preferred pharmacy. */
@Local
public interface PharmacyAdministration {

    PharmacyView register(String name, String address, String phone);

    List<PharmacyView> pharmacies();

    /** Makes the account a pharmacist of the pharmacy; already one, nothing changes. */
    PharmacyView addPharmacist(UUID pharmacyId, UUID accountId);

    /** The account stops working for the pharmacy: its next action there is refused. */
    PharmacyView removePharmacist(UUID pharmacyId, UUID accountId);

    /** Where the patient's prescriptions go unless the doctor names another pharmacy. */
    void choosePharmacy(UUID patientId, UUID pharmacyId, String chosenBy);
}
