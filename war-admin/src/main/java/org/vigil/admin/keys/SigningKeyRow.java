package org.vigil.admin.keys;

/** A key in the published JWKS: the one signing now and those kept for tokens not yet expired. */
public record SigningKeyRow(String kid, String alg, String keyType) {
}
