package org.vigil.platform.secrets;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.ProviderException;
import java.util.Optional;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * AES keys inside a PKCS#11 token (an HSM; SoftHSM2 in tests), opened with SunPKCS11's
 * configuration format and the user PIN. The key never leaves the token: it is generated there,
 * sensitive and not extractable, and every seal and open is the token's AES-GCM. The current key
 * is generated on first use when the token has none under its alias.
 */
public final class Pkcs11Keys implements AtRestKeys {

    // Applied to every AES key SunPKCS11 generates: a token object the token never hands out.
    private static final String SECRET_KEY_ATTRIBUTES = """

            attributes(generate, CKO_SECRET_KEY, CKK_AES) = {
              CKA_TOKEN = true
              CKA_PRIVATE = true
              CKA_SENSITIVE = true
              CKA_EXTRACTABLE = false
              CKA_ENCRYPT = true
              CKA_DECRYPT = true
            }
            """;

    private final Path configuration;
    private final Provider token;
    private final KeyStore store;
    private final AtRestKey current;

    private Pkcs11Keys(Path configuration, Provider token, KeyStore store, AtRestKey current) {
        this.configuration = configuration;
        this.token = token;
        this.store = store;
        this.current = current;
    }

    public static Pkcs11Keys open(Path configuration, char[] pin, String alias) {
        if (!CredentialStoreKeys.ALIAS.matcher(alias).matches()) {
            throw new AtRestEncryptionException("an at-rest key alias is lower-case letters, digits and dashes, not " + alias);
        }
        try {
            Pkcs11Tokens.Token token = Pkcs11Tokens.open(configuration, SECRET_KEY_ATTRIBUTES, pin);
            Pkcs11Keys keys = new Pkcs11Keys(configuration, token.provider(), token.keyStore(), null);
            AtRestKey current = keys.named(alias).orElseGet(() -> keys.generate(alias));
            return new Pkcs11Keys(configuration, token.provider(), token.keyStore(), current);
        } catch (IOException | GeneralSecurityException | IllegalStateException e) {
            throw new AtRestEncryptionException("cannot open the PKCS#11 token of " + configuration + ": " + e.getMessage(), e);
        }
    }

    private AtRestKey generate(String alias) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES", token);
            generator.init(256);
            SecretKey key = generator.generateKey();
            store.setEntry(alias, new KeyStore.SecretKeyEntry(key), null);
            return named(alias).orElseThrow(() -> new AtRestEncryptionException("the token did not keep the key " + alias));
        } catch (GeneralSecurityException | ProviderException e) {
            throw new AtRestEncryptionException("cannot make the at-rest key " + alias + " in the token of " + configuration, e);
        }
    }

    @Override
    public AtRestKey current() {
        return current;
    }

    @Override
    public Optional<AtRestKey> named(String alias) {
        try {
            if (!store.isKeyEntry(alias)) {
                return Optional.empty();
            }
            Key key = store.getKey(alias, null);
            if (!(key instanceof SecretKey secret) || !"AES".equalsIgnoreCase(secret.getAlgorithm())) {
                throw new AtRestEncryptionException("the token entry " + alias + " of " + configuration + " is not an AES key");
            }
            return Optional.of(new AtRestKey(alias, secret, Optional.of(token)));
        } catch (GeneralSecurityException e) {
            throw new AtRestEncryptionException("cannot read the at-rest key " + alias + " from the token of " + configuration, e);
        }
    }

    @Override
    public String describe() {
        return "the PKCS#11 token of " + configuration + " (key " + current.alias() + ")";
    }
}
