package org.vigil.care.application.prescription;

import java.util.List;
import java.util.UUID;

/** A pharmacy and the accounts of its current pharmacists. */
public record PharmacyView(UUID id, String name, String address, String phone, List<UUID> pharmacists) {
}
