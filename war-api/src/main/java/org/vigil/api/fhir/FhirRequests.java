package org.vigil.api.fhir;

import java.util.UUID;

import jakarta.ws.rs.core.UriInfo;

/** Small readings of a FHIR request shared by the resources. */
final class FhirRequests {

    private FhirRequests() {
    }

    /** The request relative to the FHIR base ({@code Observation?patient=...}): what the audit trail keeps of a search. */
    static String relative(UriInfo uri) {
        return uri.getBaseUri().relativize(uri.getRequestUri()).toString();
    }

    /** A reference parameter ({@code 123}, {@code Patient/123} or a full URL ending so) to a patient id. */
    static UUID patientId(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidSearchException("This search needs the parameter " + name + ".");
        }
        String id = value.substring(value.lastIndexOf('/') + 1);
        if (value.contains("/") && !value.substring(0, value.lastIndexOf('/')).endsWith("Patient")) {
            throw new InvalidSearchException("The parameter " + name + " must refer to a Patient.");
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException("The parameter " + name + " names no Vigil patient id: " + value + ".");
        }
    }

    /** {@code _count} read here rather than by JAX-RS, which answers a non-number with a 404 before any mapper sees it. */
    static int count(String count, int byDefault, int max) {
        if (count == null) {
            return byDefault;
        }
        if (!count.matches("\\d{1,9}") || Integer.parseInt(count) < 1 || Integer.parseInt(count) > max) {
            throw new InvalidSearchException("_count must be a whole number between 1 and " + max + ".");
        }
        return Integer.parseInt(count);
    }
}
