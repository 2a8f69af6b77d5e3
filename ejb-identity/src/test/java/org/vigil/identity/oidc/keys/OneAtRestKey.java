package org.vigil.identity.oidc.keys;

import java.util.Optional;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

import org.vigil.platform.secrets.AtRestKey;
import org.vigil.platform.secrets.AtRestKeys;

/** An installation's at-rest key, in memory (the platform's own tests cover the credential store and the token). */
public record OneAtRestKey(AtRestKey key) implements AtRestKeys {

    public OneAtRestKey(String alias) {
        this(new AtRestKey(alias, aes(), Optional.empty()));
    }

    private static SecretKey aes() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public AtRestKey current() {
        return key;
    }

    @Override
    public Optional<AtRestKey> named(String alias) {
        return alias.equals(key.alias()) ? Optional.of(key) : Optional.empty();
    }

    @Override
    public String describe() {
        return "a key in memory";
    }
}
