package org.vigil.care.domain.pharmacy;

import java.util.UUID;

/** Whether an account works as a pharmacist of a pharmacy now. */
public interface PharmacyMembership {

    boolean works(UUID accountId, UUID pharmacyId);
}
