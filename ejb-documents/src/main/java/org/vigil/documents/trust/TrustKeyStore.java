package org.vigil.documents.trust;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.vigil.platform.secrets.Pkcs11Tokens;

/**
 * Where the trust services' private keys live: a PKCS#11 token (SoftHSM2, an HSM) or a
 * password-protected PKCS#12 file. In a token, keys are generated inside it, sensitive and not
 * extractable, and every signature is made by the token; a PKCS#12 file is for development and
 * small installations.
 */
public final class TrustKeyStore {

    // Applied to every EC private key SunPKCS11 generates; the key store then copies the session
    // key into a token object with the same attributes.
    private static final String TOKEN_KEY_ATTRIBUTES = """

            attributes(generate, CKO_PRIVATE_KEY, CKK_EC) = {
              CKA_PRIVATE = true
              CKA_SENSITIVE = true
              CKA_EXTRACTABLE = false
            }
            """;

    private final KeyStore store;
    private final Provider provider;
    private final char[] entryPassword;
    private final Path file;
    private final char[] filePassword;

    private TrustKeyStore(KeyStore store, Provider provider, char[] entryPassword, Path file, char[] filePassword) {
        this.store = store;
        this.provider = provider;
        this.entryPassword = entryPassword;
        this.file = file;
        this.filePassword = filePassword;
    }

    /** A PKCS#12 file, created empty if it does not exist yet. */
    public static TrustKeyStore pkcs12(Path file, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(file)) {
                try (var in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
            } else {
                store.load(null, password);
            }
            return new TrustKeyStore(store, Security.getProvider("SunEC"), password.clone(), file, password.clone());
        } catch (IOException | GeneralSecurityException e) {
            throw new TrustServiceException("cannot open the key store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A PKCS#11 token, opened with SunPKCS11's configuration format ({@code name}, {@code library},
     * {@code slot} or {@code slotListIndex}) and the user PIN.
     */
    public static TrustKeyStore pkcs11(Path configuration, char[] pin) {
        try {
            Pkcs11Tokens.Token token = Pkcs11Tokens.open(configuration, TOKEN_KEY_ATTRIBUTES, pin);
            return new TrustKeyStore(token.keyStore(), token.provider(), null, null, null);
        } catch (IllegalStateException e) {
            throw new TrustServiceException(e.getMessage(), e);
        } catch (IOException | GeneralSecurityException e) {
            throw new TrustServiceException("cannot open the PKCS#11 token of " + configuration + ": " + e.getMessage(), e);
        }
    }

    /**
     * Re-protects the PKCS#12 file with a new password (file and every key entry), written whole to
     * a temporary file and moved over the old one. For an installation whose file still has the
     * password of an earlier version.
     */
    public static void changePassword(Path file, char[] current, char[] replacement) {
        try {
            KeyStore old = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(file)) {
                old.load(in, current);
            }
            KeyStore renewed = KeyStore.getInstance("PKCS12");
            renewed.load(null, replacement);
            for (String alias : java.util.Collections.list(old.aliases())) {
                if (old.isKeyEntry(alias)) {
                    renewed.setKeyEntry(alias, old.getKey(alias, current), replacement, old.getCertificateChain(alias));
                } else {
                    renewed.setCertificateEntry(alias, old.getCertificate(alias));
                }
            }
            new TrustKeyStore(renewed, Security.getProvider("SunEC"), replacement, file, replacement).persist();
        } catch (IOException | GeneralSecurityException e) {
            throw new TrustServiceException("cannot change the password of the key store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the key and certificate under {@code alias} (a renewed service certificate with its
     * new key) and returns the stored entry.
     */
    public CertifiedKey replace(String alias, PrivateKey key, List<X509Certificate> chain) {
        try {
            if (store.containsAlias(alias)) {
                store.deleteEntry(alias);
            }
        } catch (GeneralSecurityException | ProviderException e) {
            throw new TrustServiceException("cannot remove entry '" + alias + "': " + e.getMessage(), e);
        }
        return store(alias, key, chain);
    }

    public Optional<CertifiedKey> find(String alias) {
        try {
            if (!store.isKeyEntry(alias)) {
                return Optional.empty();
            }
            Key key = store.getKey(alias, entryPassword);
            Certificate[] chain = store.getCertificateChain(alias);
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
                throw new TrustServiceException("entry '" + alias + "' is not a private key with its certificate");
            }
            List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
            return Optional.of(new CertifiedKey(privateKey, certificates, provider));
        } catch (GeneralSecurityException | ProviderException e) {
            throw new TrustServiceException("cannot read entry '" + alias + "': " + e.getMessage(), e);
        }
    }

    /** The JCA provider that holds this store's keys and signs with them. */
    public Provider provider() {
        return provider;
    }

    /** A new EC key pair made by this store's provider (inside the token for PKCS#11). */
    public KeyPair generateKeyPair(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException | ProviderException e) {
            throw new TrustServiceException("cannot generate an EC " + curve + " key: " + e.getMessage(), e);
        }
    }

    /** Stores a key with its chain under {@code alias} and returns the stored entry. */
    public CertifiedKey store(String alias, PrivateKey key, List<X509Certificate> chain) {
        try {
            store.setKeyEntry(alias, key, entryPassword, chain.toArray(new Certificate[0]));
            persist();
        } catch (GeneralSecurityException | ProviderException e) {
            throw new TrustServiceException("cannot store entry '" + alias + "': " + e.getMessage(), e);
        }
        // In a token, the generated key was a session object; what stays is the token copy.
        return find(alias).orElseThrow(() -> new TrustServiceException("entry '" + alias + "' vanished after storing"));
    }

    // A PKCS#12 store lives in memory until written; written whole to a temporary file and moved
    // over the old one, so a crash never leaves half a key store.
    private void persist() {
        if (file == null) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, filePassword);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new TrustServiceException("cannot write the key store " + file + ": " + e.getMessage(), e);
        }
    }
}
