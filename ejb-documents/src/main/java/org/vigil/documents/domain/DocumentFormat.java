package org.vigil.documents.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The two kinds of document Vigil signs, recognised by their content, never by a file name or
 * a client's Content-Type: PAdES for PDF, enveloped XAdES for XML.
 */
public enum DocumentFormat {
    PDF("application/pdf"),
    XML("application/xml");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static DocumentFormat ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("stored media type " + mediaType + " is not a document format"));
    }

    /**
     * What the bytes look like: a PDF header at the start (PDF 32000 §7.5.2 allows nothing
     * before it in files Vigil accepts), or an XML document (optional BOM and whitespace, then
     * {@code <}). Whether the whole file parses is checked separately.
     */
    public static Optional<DocumentFormat> sniff(byte[] bytes) {
        if (bytes.length >= PDF_MAGIC.length && Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return Optional.of(PDF);
        }
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<' ? Optional.of(XML) : Optional.empty();
    }
}
