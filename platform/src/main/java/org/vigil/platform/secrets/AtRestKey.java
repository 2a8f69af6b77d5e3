package org.vigil.platform.secrets;

import java.security.Provider;
import java.util.Optional;

import javax.crypto.SecretKey;

/**
 * One AES key of the installation: its alias in the credential store or token, the key (a handle
 * only, when a token holds it), and the provider that must use it (a token's; none for a key in
 * memory, which the JDK's own providers use).
 */
public record AtRestKey(String alias, SecretKey key, Optional<Provider> provider) {
}
