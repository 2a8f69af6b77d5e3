package org.vigil.documents.trust;

import java.util.Objects;

/**
 * A person's verified name, as the KYC process established it; it becomes the subject of their
 * signing certificate, so a pharmacist sees who signed without asking Vigil.
 */
public record PersonName(String givenName, String surname) {

    public PersonName {
        givenName = requireText(givenName, "givenName");
        surname = requireText(surname, "surname");
    }

    public String commonName() {
        return givenName + " " + surname;
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        String trimmed = value.strip();
        // X.520 caps name attributes at 64 characters (ub-name); longer would make a certificate
        // some validators reject.
        if (trimmed.isEmpty() || trimmed.length() > 64) {
            throw new IllegalArgumentException(field + " must have 1 to 64 characters");
        }
        return trimmed;
    }
}
