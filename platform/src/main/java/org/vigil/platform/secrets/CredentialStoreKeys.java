package org.vigil.platform.secrets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;

import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.CredentialStoreException;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;

/**
 * AES keys from an Elytron secret-key credential store: the file {@code configure.cli} declares
 * as {@code /subsystem=elytron/secret-key-credential-store=vigil-at-rest}, the same one WildFly's
 * encrypted expressions ({@code ${ENC::...}}) use. Its keys are made and kept with WildFly's own
 * tools ({@code elytron-tool.sh credential-store --type PropertiesCredentialStore
 * --generate-secret-key=...}, or the resource's {@code generate-secret-key}/{@code
 * import-secret-key} operations); the file is protected by being readable by the server's user
 * only. Read once, at start: a key added later is seen after a restart.
 */
public final class CredentialStoreKeys implements AtRestKeys {

    static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path file;
    private final CredentialStore store;
    private final AtRestKey current;

    private CredentialStoreKeys(Path file, CredentialStore store, AtRestKey current) {
        this.file = file;
        this.store = store;
        this.current = current;
    }

    /**
     * Opens the store at {@code file}; new secrets are sealed with {@code alias}.
     *
     * @throws AtRestEncryptionException when the file is missing or does not hold that key
     */
    public static CredentialStoreKeys open(Path file, String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new AtRestEncryptionException("an at-rest key alias is lower-case letters, digits and dashes, not " + alias);
        }
        if (!Files.isRegularFile(file)) {
            throw new AtRestEncryptionException("no at-rest key store at " + file);
        }
        try {
            CredentialStore store = CredentialStore.getInstance("PropertiesCredentialStore", WildFlyElytronCredentialStoreProvider.getInstance());
            store.initialize(Map.of("location", file.toString(), "create", "false"));
            CredentialStoreKeys keys = new CredentialStoreKeys(file, store, null);
            AtRestKey current = keys.named(alias).orElseThrow(() -> new AtRestEncryptionException(
                    "the at-rest key store " + file + " holds no secret key " + alias));
            return new CredentialStoreKeys(file, store, current);
        } catch (GeneralSecurityException e) {
            throw new AtRestEncryptionException("cannot open the at-rest key store " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public AtRestKey current() {
        return current;
    }

    @Override
    public Optional<AtRestKey> named(String alias) {
        if (current != null && current.alias().equals(alias)) {
            return Optional.of(current);
        }
        try {
            SecretKeyCredential credential = store.retrieve(alias, SecretKeyCredential.class);
            if (credential == null) {
                return Optional.empty();
            }
            SecretKey key = credential.getSecretKey();
            if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || key.getEncoded().length != 32) {
                throw new AtRestEncryptionException("the at-rest key " + alias + " in " + file + " is not an AES-256 key");
            }
            return Optional.of(new AtRestKey(alias, key, Optional.empty()));
        } catch (CredentialStoreException e) {
            throw new AtRestEncryptionException("cannot read the at-rest key " + alias + " from " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "the Elytron credential store " + file + " (key " + current.alias() + ")";
    }
}
