package org.vigil.care.application.prescription;

import java.util.UUID;

/** A signed prescription taken off the routing queue, waiting for its signature check: the signed PDF. */
public record RoutedPrescription(UUID prescriptionId, String number, byte[] signedPdf) {
}
