package org.vigil.platform.secrets;

import java.util.Optional;

/**
 * The PKCS#11 token the installation's signing key pairs (OIDC signing keys, the VAPID key) are made
 * and used in: the at-rest token ({@code vigil.at-rest.pkcs11-config}) when one is configured, so one
 * HSM and one PIN hold every key Vigil keeps; empty otherwise, and keys are then sealed with
 * {@link AtRestEncryption}. {@code @Inject SigningKeyToken} in any module's bean.
 */
public record SigningKeyToken(Optional<Pkcs11KeyPairs> keyPairs) {
}
