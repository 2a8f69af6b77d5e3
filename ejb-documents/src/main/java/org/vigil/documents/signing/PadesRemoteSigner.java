package org.vigil.documents.signing;

import java.io.IOException;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.vigil.documents.dss.DssConfiguration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
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
        options.visibleSignature().ifPresent(box -> requirePage(pdf, box.page()));
        SigningSession session = new SigningSession(RemoteSigningSteps.sha256(pdf), options.level(), signingTime,
                RemoteSigningSteps.encoded(chain), options.reason(), options.location(), options.visible(), PadesParameters.CONTENT_SIZE);
        return RemoteSigningSteps.prepare(service(), document(pdf), PadesParameters.from(session), session);
    }

    /**
     * Step 3: embeds the device's signature value into the same PDF as step 1.
     *
     * @param encoding how the device encoded the ECDSA value (DER or raw r||s)
     * @return the signed PDF: the original bytes followed by the signature's incremental update(s)
     * @throws InvalidSignatureValueException when the value does not verify with the signer's key
     */
    public byte[] complete(byte[] pdf, SigningSession session, byte[] signatureValue, SignatureValueEncoding encoding) {
        PAdESSignatureParameters parameters = PadesParameters.from(session);
        return RemoteSigningSteps.complete(service(), pdf, document(pdf), parameters, parameters.getSigningCertificate(), session,
                signatureValue, encoding);
    }

    private PAdESService service() {
        PAdESService service = new PAdESService(dss.certificateVerifier());
        service.setTspSource(dss.timestampSource(tsa));
        // The native drawer writes the appearance as PDF text in an embedded subset font; DSS's
        // default draws it as a bitmap, which is neither searchable nor sharp.
        service.setPdfObjFactory(new PdfBoxNativeObjectFactory());
        return service;
    }

    // PDFBox answers a page the document lacks with an IndexOutOfBoundsException from deep inside DSS.
    private static void requirePage(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (page > document.getNumberOfPages()) {
                throw new SigningException("the visible signature is on page " + page + " but the document has "
                        + document.getNumberOfPages() + " page(s)");
            }
        } catch (IOException e) {
            throw new SigningException("the PDF cannot be read: " + e.getMessage(), e);
        }
    }

    private static DSSDocument document(byte[] pdf) {
        return new InMemoryDocument(pdf, "document.pdf");
    }
}
