package org.vigil.api.admin;

/** The key that signs from now on. */
public record RotatedSigningKey(String kid, String alg) {
}
