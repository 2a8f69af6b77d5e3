package org.vigil.documents.trust;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cert.ocsp.RespID;

/**
 * Vigil's OCSP responder (RFC 6960) for the certificates of one CA: good, revoked (with time and
 * reason) or unknown, answered fresh for every request and signed by a delegated responder
 * certificate (or the CA itself). A nonce in the request is echoed. A request it cannot parse
 * gets the {@code malformedRequest} status, never an exception.
 */
public final class OcspResponder {

    public static final String REQUEST_TYPE = "application/ocsp-request";
    public static final String RESPONSE_TYPE = "application/ocsp-response";

    private final CertifiedKey responder;
    private final X509CertificateHolder responderCertificate;
    private final X509CertificateHolder caHolder;
    private final String caName;
    private final CertificateRegistry registry;
    private final Clock clock;
    private final Duration validity;
    private final DigestCalculatorProvider digests;

    /**
     * @param responder the key that signs responses: the CA's own, or one whose certificate the CA
     *                  issued with the OCSPSigning purpose
     * @param ca the CA whose certificates this responder speaks for
     * @param validity how long a response may be relied on (its nextUpdate)
     */
    public OcspResponder(CertifiedKey responder, X509Certificate ca, CertificateRegistry registry, Clock clock,
            Duration validity) {
        this.responder = Objects.requireNonNull(responder, "responder");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validity = Objects.requireNonNull(validity, "validity");
        this.caName = ca.getSubjectX500Principal().getName();
        try {
            this.caHolder = new JcaX509CertificateHolder(ca);
            this.responderCertificate = new JcaX509CertificateHolder(responder.certificate());
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
        } catch (CertificateEncodingException | OperatorCreationException e) {
            throw new TrustServiceException("cannot set up the OCSP responder", e);
        }
    }

    public byte[] respond(byte[] request) {
        OCSPReq parsed;
        try {
            parsed = new OCSPReq(request);
            if (parsed.getRequestList().length == 0) {
                return status(OCSPRespBuilder.MALFORMED_REQUEST);
            }
        } catch (IOException | RuntimeException e) {
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        try {
            return answer(parsed);
        } catch (OCSPException | IOException e) {
            throw new TrustServiceException("cannot answer an OCSP request: " + e.getMessage(), e);
        }
    }

    private byte[] answer(OCSPReq request) throws OCSPException, IOException {
        DigestCalculator sha1;
        try {
            sha1 = digests.get(RespID.HASH_SHA1);
        } catch (OperatorCreationException e) {
            throw new OCSPException("no SHA-1 digest for the responder id", e);
        }
        Instant now = clock.instant();
        Date thisUpdate = Date.from(now);
        Date nextUpdate = Date.from(now.plus(validity));
        // ResponderID byKey: RFC 6960 fixes its hash as SHA-1 of the responder's public key.
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(responderCertificate.getSubjectPublicKeyInfo(),
                sha1);
        for (Req single : request.getRequestList()) {
            CertificateID id = single.getCertID();
            builder.addResponse(id, statusOf(id), thisUpdate, nextUpdate, null);
        }
        Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        // The responder's own certificate travels with the response, so a validator can check a
        // delegated signer without fetching anything.
        X509CertificateHolder[] chain = {responderCertificate};
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                builder.build(responder.contentSigner(), chain, thisUpdate)).getEncoded();
    }

    private CertificateStatus statusOf(CertificateID id) throws OCSPException {
        if (!id.matchesIssuer(caHolder, digests)) {
            return new UnknownStatus();
        }
        Optional<IssuedCertificate> issued = registry.find(caName, id.getSerialNumber());
        if (issued.isEmpty()) {
            return new UnknownStatus();
        }
        return issued.get().revoked()
                .<CertificateStatus>map(r -> new RevokedStatus(Date.from(r.time()), r.reason().code()))
                .orElse(CertificateStatus.GOOD);
    }


    private static byte[] status(int status) {
        try {
            return new OCSPRespBuilder().build(status, null).getEncoded();
        } catch (OCSPException | IOException e) {
            throw new TrustServiceException("cannot encode an OCSP status", e);
        }
    }
}
