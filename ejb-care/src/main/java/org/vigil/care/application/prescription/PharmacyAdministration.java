package org.vigil.care.application.prescription;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.platform.access.Caller;

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

    // The admin API's way in: each refuses a caller that AdminAuthorization does not let administer, then does what the
    // method above does (the pharmacy is chosen by the caller's audit name).

    PharmacyView register(Caller caller, String name, String address, String phone);

    List<PharmacyView> pharmacies(Caller caller);

    PharmacyView addPharmacist(Caller caller, UUID pharmacyId, UUID accountId);

    PharmacyView removePharmacist(Caller caller, UUID pharmacyId, UUID accountId);

    void choosePharmacy(Caller caller, UUID patientId, UUID pharmacyId);
}
