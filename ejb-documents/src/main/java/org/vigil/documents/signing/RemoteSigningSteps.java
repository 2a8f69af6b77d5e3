package org.vigil.documents.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;

import eu.europa.esig.dss.alert.exception.AlertException;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.SerializableSignatureParameters;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.signature.DocumentSignatureService;

/**
 * Steps 1 and 3 of remote signing, the same for PAdES and XAdES: DSS's services share one
 * interface, and the parameters of both steps are rebuilt from the same {@link SigningSession}.
 */
final class RemoteSigningSteps {

    private RemoteSigningSteps() {
    }

    static <P extends SerializableSignatureParameters> DataToSign prepare(DocumentSignatureService<P, ?> service, DSSDocument document,
                                                                           P parameters, SigningSession session) {
        try {
            ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
            return new DataToSign(toBeSigned.getBytes(), session);
        } catch (DSSException | AlertException | IllegalArgumentException e) {
            throw new SigningException("cannot prepare the signature: " + e.getMessage(), e);
        }
    }

    /**
     * Checks the device's value against the data to sign before anything is embedded, then embeds it.
     *
     * @throws InvalidSignatureValueException when the value does not verify with the signer's key
     */
    static <P extends SerializableSignatureParameters> byte[] complete(DocumentSignatureService<P, ?> service, byte[] documentBytes,
                                                                        DSSDocument document, P parameters, CertificateToken signer,
                                                                        SigningSession session, byte[] signatureValue,
                                                                        SignatureValueEncoding encoding) {
        if (!MessageDigest.isEqual(sha256(documentBytes), session.documentSha256())) {
            throw new SigningException("the document is not the one the signing session was started for");
        }
        try {
            ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
            SignatureValue value = new SignatureValue(encoding.algorithm(), signatureValue.clone());
            if (!service.isValidSignatureValue(toBeSigned, value, signer)) {
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

    static List<byte[]> encoded(List<X509Certificate> chain) {
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

    private static byte[] bytes(DSSDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new SigningException("cannot read the signed document", e);
        }
    }
}
