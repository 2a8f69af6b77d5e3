package org.vigil.client.sdk.authenticator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;

/**
 * The device key in a password-protected PKCS#12 file, for machines without a token. The file
 * is readable by its owner only and rewritten atomically, so a crash never leaves half a key.
 */
public final class Pkcs12DeviceKeyStore implements DeviceKeyStore {

    public static final String DEFAULT_ALIAS = "vigil-authenticator";

    private final Path file;
    private final char[] password;
    private final String alias;

    public Pkcs12DeviceKeyStore(Path file, char[] password) {
        this(file, password, DEFAULT_ALIAS);
    }

    public Pkcs12DeviceKeyStore(Path file, char[] password, String alias) {
        this.file = file.toAbsolutePath();
        this.password = password.clone();
        this.alias = alias;
    }

    @Override
    public Optional<DeviceKey> find() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        KeyStore store = load();
        try {
            if (!store.isKeyEntry(alias)) {
                return Optional.empty();
            }
            Key key = store.getKey(alias, password);
            Certificate certificate = store.getCertificate(alias);
            if (!(key instanceof PrivateKey) || certificate == null
                    || !(certificate.getPublicKey() instanceof ECPublicKey)) {
                throw new DeviceKeyException("entry '" + alias + "' in " + description() + " is not an EC key pair");
            }
            return Optional.of(new DeviceKey((PrivateKey) key, (ECPublicKey) certificate.getPublicKey(), null));
        } catch (UnrecoverableKeyException e) {
            throw new DeviceKeyException("wrong password for the key in " + description(), e);
        } catch (GeneralSecurityException e) {
            throw new DeviceKeyException("cannot read the key in " + description() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public DeviceKey generate() {
        KeyStore store = Files.exists(file) ? load() : empty();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            Certificate certificate = SelfSignedCertificate.create(pair.getPublic(), pair.getPrivate(), null);
            store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {certificate});
            save(store);
            return new DeviceKey(pair.getPrivate(), (ECPublicKey) pair.getPublic(), null);
        } catch (GeneralSecurityException e) {
            throw new DeviceKeyException("cannot create a key in " + description() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return "PKCS#12 key store " + file;
    }

    private KeyStore load() {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (NoSuchFileException e) {
            throw new DeviceKeyException("no such key store: " + file, e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new DeviceKeyException("wrong password for " + description(), e);
            }
            throw new DeviceKeyException("cannot read " + description() + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new DeviceKeyException("cannot read " + description() + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore empty() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no PKCS12 key store", e);
        }
    }

    private void save(KeyStore store) {
        try {
            Path directory = file.getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
            try {
                ownerOnly(temporary);
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, password);
                }
                move(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new DeviceKeyException("cannot write " + description() + ": " + e.getMessage(), e);
        }
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
