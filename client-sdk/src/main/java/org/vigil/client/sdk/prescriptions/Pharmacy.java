package org.vigil.client.sdk.prescriptions;

import java.util.List;

/** A pharmacy and the accounts of its pharmacists. */
public record Pharmacy(String id, String name, String address, String phone, List<String> pharmacists) {
}
