package org.vigil.documents.signing;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything step 3 of a remote signature needs to rebuild exactly the parameters of step 1,
 * kept while the signer's device decides (seconds to minutes, across a server restart or another
 * cluster node). The signing date above all: DSS derives the signed attributes and the PDF's
 * document id from it, and a signature completed with a different date embeds without any error
 * and then fails validation.
 *
 * <p>{@link #encode()} gives a stable text form to store in one column; {@link #decode(String)}
 * reads it back.
 *
 * @param documentSha256 the SHA-256 of the exact document bytes of step 1; step 3 refuses others
 * @param signingTime the signing date, to the millisecond
 * @param chain the signer's certificate first, then its CA chain, DER-encoded
 * @param contentSize the bytes reserved in the PDF for the CMS signature
 */
public record SigningSession(byte[] documentSha256, SignatureLevel level, Instant signingTime, List<byte[]> chain,
        String reason, String location, VisibleSignature visible, int contentSize) {

    private static final String FORMAT = "vigil-signing-session/1";

    public SigningSession {
        documentSha256 = Objects.requireNonNull(documentSha256, "documentSha256").clone();
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(signingTime, "signingTime");
        chain = chain.stream().map(byte[]::clone).toList();
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing session needs the signer's certificate");
        }
    }

    @Override
    public byte[] documentSha256() {
        return documentSha256.clone();
    }

    @Override
    public List<byte[]> chain() {
        return chain.stream().map(byte[]::clone).toList();
    }

    public List<X509Certificate> certificates() {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certificates = new ArrayList<>();
            for (byte[] der : chain) {
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
            return certificates;
        } catch (CertificateException e) {
            throw new IllegalStateException("the session's certificates cannot be read", e);
        }
    }

    public Optional<VisibleSignature> visibleSignature() {
        return Optional.ofNullable(visible);
    }

    /** One {@code key=value} per line; values that could hold anything are Base64. */
    public String encode() {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        line(text, "document-sha256", HexFormat.of().formatHex(documentSha256));
        line(text, "level", level.name());
        line(text, "signing-time-ms", Long.toString(signingTime.toEpochMilli()));
        for (byte[] certificate : chain) {
            line(text, "certificate", Base64.getEncoder().encodeToString(certificate));
        }
        if (reason != null) {
            line(text, "reason", base64(reason));
        }
        if (location != null) {
            line(text, "location", base64(location));
        }
        if (visible != null) {
            line(text, "visible", visible.page() + " " + visible.x() + " " + visible.y() + " " + visible.width() + " "
                    + visible.height());
        }
        line(text, "content-size", Integer.toString(contentSize));
        return text.toString();
    }

    public static SigningSession decode(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(FORMAT)) {
            throw new IllegalArgumentException("not a " + FORMAT + " signing session");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<byte[]> chain = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int equals = lines[i].indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("malformed signing session line " + (i + 1));
            }
            String key = lines[i].substring(0, equals);
            String value = lines[i].substring(equals + 1);
            if (key.equals("certificate")) {
                chain.add(Base64.getDecoder().decode(value));
            } else {
                values.put(key, value);
            }
        }
        VisibleSignature visible = null;
        if (values.containsKey("visible")) {
            String[] box = values.get("visible").split(" ");
            visible = new VisibleSignature(Integer.parseInt(box[0]), Float.parseFloat(box[1]), Float.parseFloat(box[2]),
                    Float.parseFloat(box[3]), Float.parseFloat(box[4]));
        }
        return new SigningSession(HexFormat.of().parseHex(required(values, "document-sha256")),
                SignatureLevel.valueOf(required(values, "level")),
                Instant.ofEpochMilli(Long.parseLong(required(values, "signing-time-ms"))), chain,
                unbase64(values.get("reason")), unbase64(values.get("location")), visible,
                Integer.parseInt(required(values, "content-size")));
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(value).append('\n');
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("signing session without " + key);
        }
        return value;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String unbase64(String value) {
        return value == null ? null : new String(Base64.getDecoder().decode(value), java.nio.charset.StandardCharsets.UTF_8);
    }
}
