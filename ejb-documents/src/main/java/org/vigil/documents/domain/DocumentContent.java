package org.vigil.documents.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bytes of a document and how many signatures they carry. Once signed, the content only
 * grows by signed revisions: a new version must begin with exactly the current bytes (PDF
 * incremental updates keep everything signed before), checked by its SHA-256; any other change
 * is refused, so no one can swap a signed prescription's content.
 */
public final class DocumentContent {

    private final byte[] bytes;
    private final String sha256;
    private final int signatures;

    private DocumentContent(byte[] bytes, int signatures) {
        this.bytes = bytes;
        this.sha256 = HexFormat.of().formatHex(sha256(bytes));
        this.signatures = signatures;
    }

    /** A freshly uploaded, unsigned document. */
    public static DocumentContent unsigned(byte[] bytes) {
        if (Objects.requireNonNull(bytes, "bytes").length == 0) {
            throw new IllegalArgumentException("a document has content");
        }
        return new DocumentContent(bytes.clone(), 0);
    }

    /** Restores stored content, checking it against the hash stored beside it. */
    public static DocumentContent stored(byte[] bytes, String sha256, int signatures) {
        DocumentContent content = new DocumentContent(bytes.clone(), signatures);
        if (!content.sha256.equals(sha256)) {
            throw new DocumentLockedException("the stored document does not match its recorded hash");
        }
        return content;
    }

    /** New content for a document nobody has signed yet; refused once signed. */
    public DocumentContent replacedBy(byte[] newBytes) {
        if (signatures > 0) {
            throw new DocumentLockedException("the document has " + signatures + " signature(s) and can no longer change");
        }
        return unsigned(newBytes);
    }

    /** The content after one more signature, which must extend the current bytes unchanged. */
    public DocumentContent withSignature(byte[] signedBytes) {
        if (signedBytes.length <= bytes.length
                || !MessageDigest.isEqual(sha256(Arrays.copyOf(signedBytes, bytes.length)), sha256(bytes))) {
            throw new DocumentLockedException("the signed version does not keep the document's current content");
        }
        return new DocumentContent(signedBytes.clone(), signatures + 1);
    }

    /**
     * The content after one more enveloped XAdES signature. XML has no incremental update: the
     * signature goes inside the root element, and its enveloped-signature transform makes its
     * digest cover the document as it was, so a validator detects any other change. Only the
     * signing service, after DSS produced the signature, calls this.
     */
    public DocumentContent withEnvelopedSignature(byte[] signedBytes) {
        if (signedBytes.length <= bytes.length) {
            throw new DocumentLockedException("the signed version is not larger than the document");
        }
        return new DocumentContent(signedBytes.clone(), signatures + 1);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String sha256() {
        return sha256;
    }

    public int signatures() {
        return signatures;
    }

    public boolean signed() {
        return signatures > 0;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
