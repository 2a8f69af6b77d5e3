package org.vigil.documents.dss;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import eu.europa.esig.dss.alert.ExceptionOnStatusAlert;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;

/**
 * The trust anchors DSS validates against (Vigil's root, plus configured extra anchors such as
 * another country's CA) and whether DSS may fetch revocation data and missing certificates
 * online, from the URLs in the certificates.
 *
 * @param trustAnchors the certificates trusted as chain ends
 * @param online whether OCSP, CRLs and AIA certificates may be fetched; signing at LT/LTA needs
 *               it, validation of LT/LTA documents does not
 * @param timeout connect and read timeout for each fetch
 */
public record DssConfiguration(List<X509Certificate> trustAnchors, boolean online, Duration timeout) {

    public DssConfiguration {
        trustAnchors = List.copyOf(trustAnchors);
        if (trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("DSS needs at least one trust anchor");
        }
        Objects.requireNonNull(timeout, "timeout");
    }

    public static DssConfiguration online(List<X509Certificate> trustAnchors) {
        return new DssConfiguration(trustAnchors, true, Duration.ofSeconds(10));
    }

    public static DssConfiguration offline(List<X509Certificate> trustAnchors) {
        return new DssConfiguration(trustAnchors, false, Duration.ofSeconds(10));
    }

    /** A new verifier: DSS verifiers hold caches, so each signature or validation gets its own. */
    public CertificateVerifier certificateVerifier() {
        CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
        trustAnchors.forEach(c -> anchors.addCertificate(new CertificateToken(c)));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(anchors);
        if (online) {
            verifier.setOcspSource(new OnlineOCSPSource(timed(new OCSPDataLoader())));
            verifier.setCrlSource(new OnlineCRLSource(timed(new CommonsDataLoader())));
            verifier.setAIASource(new DefaultAIASource(timed(new CommonsDataLoader())));
        } else {
            verifier.setOcspSource(null);
            verifier.setCrlSource(null);
            verifier.setAIASource(null);
        }
        // Signing must never embed a signature DSS itself finds broken or revoked; by default
        // some of these are only logged.
        verifier.setAlertOnInvalidSignature(new ExceptionOnStatusAlert());
        verifier.setAlertOnRevokedCertificate(new ExceptionOnStatusAlert());
        verifier.setAlertOnMissingRevocationData(new ExceptionOnStatusAlert());
        return verifier;
    }

    /** Timestamps from an RFC 3161 TSA over HTTP. */
    public TSPSource timestampSource(URI tsa) {
        return new OnlineTSPSource(tsa.toString(), timed(new TimestampDataLoader()));
    }

    private <T extends CommonsDataLoader> T timed(T loader) {
        int millis = Math.toIntExact(timeout.toMillis());
        loader.setTimeoutConnection(millis);
        loader.setTimeoutConnectionRequest(millis);
        loader.setTimeoutResponse(millis);
        loader.setTimeoutSocket(millis);
        return loader;
    }
}
