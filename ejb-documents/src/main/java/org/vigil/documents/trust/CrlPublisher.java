package org.vigil.documents.trust;

import java.math.BigInteger;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * Produces a CA's current CRL (RFC 5280 §5): every certificate of that CA revoked so far, signed
 * by the CA, valid until nextUpdate. A CRL is made fresh on each call; the HTTP layer may cache it
 * for a fraction of its validity.
 */
public final class CrlPublisher {

    public static final String MEDIA_TYPE = "application/pkix-crl";

    private final CertifiedKey ca;
    private final CertificateRegistry registry;
    private final Clock clock;
    private final Duration validity;

    /** @param validity the time between thisUpdate and nextUpdate */
    public CrlPublisher(CertifiedKey ca, CertificateRegistry registry, Clock clock, Duration validity) {
        this.ca = Objects.requireNonNull(ca, "ca");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validity = Objects.requireNonNull(validity, "validity");
    }

    public X509CRL currentCrl() {
        Instant now = clock.instant();
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()), Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(validity)));
        for (IssuedCertificate issued : registry.revokedBy(ca.certificate().getSubjectX500Principal().getName())) {
            Revocation revocation = issued.revoked().orElseThrow();
            builder.addCRLEntry(issued.serial(), Date.from(revocation.time()), revocation.reason().code());
        }
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
            // The CRL number must grow with each CRL (RFC 5280 §5.2.3); the issue time in
            // milliseconds does without a stored counter shared by cluster nodes.
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
        } catch (CertIOException | CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new TrustServiceException("cannot encode the CRL extensions", e);
        }
        try {
            return new JcaX509CRLConverter().getCRL(builder.build(ca.contentSigner()));
        } catch (CRLException e) {
            throw new TrustServiceException("cannot build the CRL", e);
        }
    }

    /** The current CRL, DER-encoded, as served over HTTP. */
    public byte[] currentCrlEncoded() {
        try {
            return currentCrl().getEncoded();
        } catch (CRLException e) {
            throw new TrustServiceException("cannot encode the CRL", e);
        }
    }
}
