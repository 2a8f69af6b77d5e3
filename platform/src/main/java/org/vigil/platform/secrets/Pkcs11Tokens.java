package org.vigil.platform.secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.GeneralSecurityException;

/**
 * Opens a PKCS#11 token through the JDK's SunPKCS11 provider: its configuration format ({@code
 * name}, {@code library}, {@code slot} or {@code slotListIndex}) with the key-generation attributes
 * the caller appends (the last {@code attributes} line wins, so a configuration cannot drop them),
 * and the user PIN. One place for every module that keeps keys in a token.
 */
public final class Pkcs11Tokens {

    /** A token's provider and its key store, logged in. */
    public record Token(Provider provider, KeyStore keyStore) {
    }

    private Pkcs11Tokens() {
    }

    /**
     * @throws IOException the configuration cannot be read
     * @throws GeneralSecurityException the token refuses (wrong PIN, no such slot)
     * @throws IllegalStateException this Java runtime has no SunPKCS11
     */
    public static Token open(Path configuration, String generationAttributes, char[] pin) throws IOException, GeneralSecurityException {
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new IllegalStateException("this Java runtime has no SunPKCS11 provider");
        }
        try {
            // "--" tells SunPKCS11 that the argument is the configuration itself, not a file name
            Provider token = base.configure("--" + Files.readString(configuration) + generationAttributes);
            KeyStore store = KeyStore.getInstance("PKCS11", token);
            store.load(null, pin);
            return new Token(token, store);
        } catch (ProviderException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }
}
