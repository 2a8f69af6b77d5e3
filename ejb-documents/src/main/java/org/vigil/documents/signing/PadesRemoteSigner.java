package org.vigil.documents.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.vigil.documents.dss.DssConfiguration;

import eu.europa.esig.dss.alert.exception.AlertException;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;

/**
 * PAdES signatures made with a key that never leaves the signer's device, in DSS's three steps:
 * {@link #dataToSign} computes what the device signs and a {@link SigningSession} to keep; the
 * device signs; {@link #complete} checks the device's value and embeds it, with a timestamp and
 * revocation data from Vigil's trust services for levels T, LT and LTA.
 */
public final class PadesRemoteSigner {

    private final DssConfiguration dss;
    private final URI tsa;
    private final Clock clock;

    /**
     * @param dss trust anchors and online access; LT and LTA need online access to the OCSP and
     *            CRL URLs in the signer's chain
     * @param tsa the RFC 3161 timestamp authority for T, LT and LTA
     */
    public PadesRemoteSigner(DssConfiguration dss, URI tsa, Clock clock) {
        this.dss = Objects.requireNonNull(dss, "dss");
        this.tsa = Objects.requireNonNull(tsa, "tsa");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Step 1.
     *
     * @param chain the signer's certificate first, then its CA certificates
     */
    public DataToSign dataToSign(byte[] pdf, List<X509Certificate> chain, SignatureOptions options) {
        // The PDF's /M date and the CMS signing time hold the same instant; milliseconds are what
        // java.util.Date, and so DSS, keeps.
        Instant signingTime = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SigningSession session = new SigningSession(sha256(pdf), options.level(), signingTime, encoded(chain),
                options.reason(), options.location(), options.visible(), PadesParameters.CONTENT_SIZE);
        try {
            ToBeSigned toBeSigned = service().getDataToSign(document(pdf), PadesParameters.from(session));
            return new DataToSign(toBeSigned.getBytes(), session);
        } catch (DSSException | AlertException | IllegalArgumentException e) {
            throw new SigningException("cannot prepare the signature: " + e.getMessage(), e);
        }
    }

    /**
     * Step 3: embeds the device's signature value into the same PDF as step 1.
     *
     * @param encoding how the device encoded the ECDSA value (DER or raw r||s)
     * @return the signed PDF: the original bytes followed by the signature's incremental update(s)
     * @throws InvalidSignatureValueException when the value does not verify with the signer's key
     */
    public byte[] complete(byte[] pdf, SigningSession session, byte[] signatureValue, SignatureValueEncoding encoding) {
        if (!MessageDigest.isEqual(sha256(pdf), session.documentSha256())) {
            throw new SigningException("the document is not the one the signing session was started for");
        }
        PAdESService service = service();
        PAdESSignatureParameters parameters = PadesParameters.from(session);
        DSSDocument document = document(pdf);
        try {
            ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
            SignatureValue value = new SignatureValue(encoding.algorithm(), signatureValue.clone());
            if (!service.isValidSignatureValue(toBeSigned, value, parameters.getSigningCertificate())) {
                throw new InvalidSignatureValueException("the signature value does not verify with the signer's key as "
                        + encoding + "; nothing was signed");
            }
            return bytes(service.signDocument(document, parameters, value));
        } catch (DSSException e) {
            throw new SigningException("cannot complete the signature: " + e.getMessage(), e);
        } catch (AlertException e) {
            // A revoked signer, missing revocation data or an invalid timestamp: DSS raises these
            // as alerts, which are not DSSExceptions.
            throw new SigningException("the signature was not embedded: " + e.getMessage(), e);
        }
    }

    private PAdESService service() {
        PAdESService service = new PAdESService(dss.certificateVerifier());
        service.setTspSource(dss.timestampSource(tsa));
        // The native drawer writes the appearance as PDF text in an embedded subset font; DSS's
        // default draws it as a bitmap, which is neither searchable nor sharp.
        service.setPdfObjFactory(new PdfBoxNativeObjectFactory());
        return service;
    }

    private static DSSDocument document(byte[] pdf) {
        return new InMemoryDocument(pdf, "document.pdf");
    }

    private static byte[] bytes(DSSDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new SigningException("cannot read the signed document", e);
        }
    }

    private static List<byte[]> encoded(List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the signer's certificate is needed");
        }
        return chain.stream().map(c -> {
            try {
                return c.getEncoded();
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("certificate cannot be encoded", e);
            }
        }).toList();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
