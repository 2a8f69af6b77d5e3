package org.vigil.documents.signing;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.vigil.documents.dss.DssConfiguration;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;

/**
 * Enveloped XAdES signatures of XML documents, made remotely in the same three steps and with the
 * same {@link SigningSession} as {@link PadesRemoteSigner} (reason, location, visible box and
 * reserved size do not apply to XML and stay empty).
 */
public final class XadesRemoteSigner {

    private final DssConfiguration dss;
    private final URI tsa;
    private final Clock clock;

    public XadesRemoteSigner(DssConfiguration dss, URI tsa, Clock clock) {
        this.dss = Objects.requireNonNull(dss, "dss");
        this.tsa = Objects.requireNonNull(tsa, "tsa");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Step 1, for an XML document; the signature will be enveloped in its root element. */
    public DataToSign dataToSign(byte[] xml, List<X509Certificate> chain, SignatureLevel level) {
        Instant signingTime = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SigningSession session = new SigningSession(RemoteSigningSteps.sha256(xml), level, signingTime,
                RemoteSigningSteps.encoded(chain), null, null, null, 0);
        return RemoteSigningSteps.prepare(service(), document(xml), parameters(session), session);
    }

    /** Step 3; see {@link PadesRemoteSigner#complete}. */
    public byte[] complete(byte[] xml, SigningSession session, byte[] signatureValue, SignatureValueEncoding encoding) {
        XAdESSignatureParameters parameters = parameters(session);
        return RemoteSigningSteps.complete(service(), xml, document(xml), parameters, parameters.getSigningCertificate(), session,
                signatureValue, encoding);
    }

    // Like PadesParameters.from: built only from the session, so both steps agree.
    private static XAdESSignatureParameters parameters(SigningSession session) {
        List<X509Certificate> certificates = session.certificates();
        XAdESSignatureParameters parameters = new XAdESSignatureParameters();
        parameters.setSignatureLevel(session.level().xades());
        parameters.setSignaturePackaging(SignaturePackaging.ENVELOPED);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(certificates.get(0)));
        parameters.setCertificateChain(certificates.stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(Date.from(session.signingTime()));
        return parameters;
    }

    private XAdESService service() {
        XAdESService service = new XAdESService(dss.certificateVerifier());
        service.setTspSource(dss.timestampSource(tsa));
        return service;
    }

    private static DSSDocument document(byte[] xml) {
        return new InMemoryDocument(xml, "document.xml");
    }
}
