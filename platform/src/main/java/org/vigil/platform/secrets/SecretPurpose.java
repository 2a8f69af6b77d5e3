package org.vigil.platform.secrets;

import java.util.regex.Pattern;

/**
 * What a sealed secret is for, bound into its ciphertext (AES-GCM's associated data): a value
 * sealed for one purpose does not open for another, so a sealed VAPID key copied into the column
 * of a signing key, or one row's secret copied into another's, is refused instead of used.
 * Name it {@code <module>.<what>}, with the row's identity after a colon when rows hold
 * different secrets of one kind: {@code identity.signing-key:7f3c...}.
 */
public record SecretPurpose(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+(:[A-Za-z0-9._~-]+)?");

    public SecretPurpose {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a purpose is <module>.<what>[:<row id>], not " + value);
        }
    }

    public static SecretPurpose of(String value) {
        return new SecretPurpose(value);
    }

    /** The same kind of secret for one row: {@code push.vapid-key} for row 3 is {@code push.vapid-key:3}. */
    public SecretPurpose forRow(Object id) {
        if (value.contains(":")) {
            throw new IllegalStateException(value + " already names a row");
        }
        return new SecretPurpose(value + ":" + id);
    }
}
