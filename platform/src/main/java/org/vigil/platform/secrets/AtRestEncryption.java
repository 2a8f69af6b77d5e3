package org.vigil.platform.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secrets that must be kept in the database or a file (private keys, key store passwords,
 * face images) with the installation's at-rest key, and opens them again: AES-256-GCM through
 * JCA, a fresh 96-bit nonce per seal, the {@link SecretPurpose} and the key's alias bound in as
 * associated data. The key comes from an Elytron credential store or a PKCS#11 token, never from
 * the database, so a copy of the database or a backup holds no usable secret.
 *
 * <p>A sealed value is one line of text, {@code vigil-sealed:v1:<key alias>:<base64url(nonce ||
 * ciphertext || tag)>}, for a VARCHAR/TEXT column or a file; {@link #isSealed} tells it from a
 * value stored before sealing existed, so a module can seal what it finds in the clear.
 * Thread-safe.
 */
public final class AtRestEncryption {

    private static final String PREFIX = "vigil-sealed:v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final AtRestKeys keys;
    private final SecureRandom random = new SecureRandom();

    public AtRestEncryption(AtRestKeys keys) {
        this.keys = keys;
    }

    /** @return the sealed text of {@code secret}, which opens only for the same {@code purpose} */
    public String seal(byte[] secret, SecretPurpose purpose) {
        AtRestKey key = keys.current();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(key);
            cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(key.alias(), purpose));
            byte[] sealed = cipher.doFinal(secret);
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + key.alias() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new AtRestEncryptionException("cannot seal a secret for " + purpose.value() + " with " + keys.describe(), e);
        }
    }

    /** Seals text (a password): its UTF-8 bytes. */
    public String sealText(String secret, SecretPurpose purpose) {
        return seal(secret.getBytes(StandardCharsets.UTF_8), purpose);
    }

    /**
     * @return the secret {@code sealed} holds
     * @throws AtRestEncryptionException when it was sealed for another purpose, altered, or with a key this installation lacks
     */
    public byte[] open(String sealed, SecretPurpose purpose) {
        if (!isSealed(sealed)) {
            throw new AtRestEncryptionException("not a sealed value (" + purpose.value() + ")");
        }
        String rest = sealed.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon <= 0) {
            throw new AtRestEncryptionException("a sealed value without its key alias (" + purpose.value() + ")");
        }
        String alias = rest.substring(0, colon);
        AtRestKey key = keys.named(alias).orElseThrow(() -> new AtRestEncryptionException(
                "the secret for " + purpose.value() + " was sealed with the key " + alias + ", which " + keys.describe() + " does not hold"));
        byte[] in;
        try {
            in = Base64.getUrlDecoder().decode(rest.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new AtRestEncryptionException("a sealed value that is not base64url (" + purpose.value() + ")", e);
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new AtRestEncryptionException("a sealed value too short to be one (" + purpose.value() + ")");
        }
        try {
            Cipher cipher = cipher(key);
            cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(alias, purpose));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new AtRestEncryptionException("the secret for " + purpose.value() + " does not open: altered, or sealed for another purpose", e);
        } catch (GeneralSecurityException e) {
            throw new AtRestEncryptionException("cannot open the secret for " + purpose.value() + " with " + keys.describe(), e);
        }
    }

    /** Opens text sealed with {@link #sealText}. */
    public String openText(String sealed, SecretPurpose purpose) {
        return new String(open(sealed, purpose), StandardCharsets.UTF_8);
    }

    /** Whether {@code stored} is a sealed value (and not a secret stored in the clear before sealing existed). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Where the keys are, for a start-up log line. */
    public String describe() {
        return keys.describe();
    }

    private static Cipher cipher(AtRestKey key) throws GeneralSecurityException {
        return key.provider().isPresent() ? Cipher.getInstance(TRANSFORMATION, key.provider().get()) : Cipher.getInstance(TRANSFORMATION);
    }

    private static byte[] associatedData(String alias, SecretPurpose purpose) {
        return ("vigil-sealed:v1:" + alias + ":" + purpose.value()).getBytes(StandardCharsets.UTF_8);
    }
}
