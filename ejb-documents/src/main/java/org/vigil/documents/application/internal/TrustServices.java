package org.vigil.documents.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.Schedule;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.vigil.documents.domain.TrustKeyRecord;
import org.vigil.documents.dss.DssConfiguration;
import org.vigil.documents.domain.IssuedCertificateRecords;
import org.vigil.documents.signing.PadesRemoteSigner;
import org.vigil.documents.signing.XadesRemoteSigner;
import org.vigil.documents.trust.CertificateAuthority;
import org.vigil.documents.trust.CertifiedKey;
import org.vigil.documents.trust.CrlPublisher;
import org.vigil.documents.trust.OcspResponder;
import org.vigil.documents.trust.PkiUrls;
import org.vigil.documents.trust.TimestampAuthority;
import org.vigil.documents.trust.TrustHierarchy;
import org.vigil.documents.trust.TrustKeyStore;
import org.vigil.documents.validation.SignatureValidator;

/**
 * Vigil's PKI as the running server holds it: opens the key store (or token) once at start,
 * creating the root, issuing CA, TSA and OCSP keys on first start, and keeps the trust
 * services and DSS signers built over them. Everything it hands out is thread-safe or made per
 * call, so readers never wait for each other.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class TrustServices {

    private static final Logger LOG = Logger.getLogger(TrustServices.class.getName());
    private static final Duration ISSUING_CRL_VALIDITY = Duration.ofDays(1);
    private static final Duration ROOT_CRL_VALIDITY = Duration.ofDays(30);

    @Inject
    TrustSettings settings;

    @Inject
    IssuedCertificateRecords registry;

    @Inject
    TrustStorePassword passwords;

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();
    private TrustKeyStore store;
    private String kind;
    private String location;
    private TrustHierarchy hierarchy;
    private PkiUrls urls;
    private CertificateAuthority ca;
    private TimestampAuthority tsa;
    private OcspResponder ocsp;
    private CrlPublisher issuingCaCrl;
    private CrlPublisher rootCaCrl;
    private PadesRemoteSigner pades;
    private XadesRemoteSigner xades;
    private SignatureValidator validator;

    @PostConstruct
    void open() {
        urls = PkiUrls.under(settings.pkiBase());
        if (settings.pkcs11ConfigPath().isPresent()) {
            Path config = settings.pkcs11ConfigPath().get();
            store = TrustKeyStore.pkcs11(config, settings.pkcs11Pin());
            kind = "pkcs11";
            location = config.toString();
        } else {
            Path file = settings.keystorePath();
            store = TrustKeyStore.pkcs12(file, passwords.forFile(file));
            kind = "pkcs12";
            location = file.toString();
        }
        build();
        LOG.info(() -> "Trust services ready in a " + kind + " key store, published under " + settings.pkiBase());
    }

    /**
     * Renews the OCSP responder's and the TSA's certificates when they enter their renewal window
     * (see {@link TrustHierarchy}); checked every six hours, as a server runs for longer than an
     * OCSP certificate lives.
     */
    @Schedule(hour = "*/6", persistent = false)
    @Lock(LockType.WRITE)
    void renewServiceCertificates() {
        if (hierarchy.renewalDue(clock)) {
            build();
            LOG.info(() -> "Renewed the trust services' certificates: OCSP until " + hierarchy.ocspSigner().certificate().getNotAfter()
                    + ", TSA until " + hierarchy.timestampAuthority().certificate().getNotAfter());
        }
    }

    private void build() {
        hierarchy = TrustHierarchy.openOrCreate(store, urls, settings.organisation(), settings.country(), registry, clock);
        ca = new CertificateAuthority(hierarchy.issuingCa(), urls, registry, clock, settings.country());
        tsa = new TimestampAuthority(hierarchy.timestampAuthority(), new ASN1ObjectIdentifier(settings.tsaPolicy()), clock);
        ocsp = new OcspResponder(hierarchy.ocspSigner(), hierarchy.issuingCa().certificate(), registry, clock,
                settings.ocspValidity());
        issuingCaCrl = new CrlPublisher(hierarchy.issuingCa(), registry, clock, ISSUING_CRL_VALIDITY);
        rootCaCrl = new CrlPublisher(hierarchy.root(), registry, clock, ROOT_CRL_VALIDITY);
        DssConfiguration signing = DssConfiguration.online(List.of(hierarchy.trustAnchor()));
        pades = new PadesRemoteSigner(signing, urls.tsa(), clock);
        xades = new XadesRemoteSigner(signing, urls.tsa(), clock);
        validator = new SignatureValidator(DssConfiguration.online(validationAnchors()));
        record(kind, location);
    }

    private void record(String kind, String location) {
        Instant now = clock.instant();
        Map<String, CertifiedKey> keys = Map.of(TrustHierarchy.ROOT_CA, hierarchy.root(), TrustHierarchy.ISSUING_CA,
                hierarchy.issuingCa(), TrustHierarchy.TSA, hierarchy.timestampAuthority(), TrustHierarchy.OCSP,
                hierarchy.ocspSigner());
        keys.forEach((alias, key) -> {
            byte[] certificate = encoded(key.certificate());
            TrustKeyRecord existing = em.find(TrustKeyRecord.class, alias);
            if (existing == null) {
                em.persist(new TrustKeyRecord(alias, kind, location, certificate, now));
            } else {
                existing.update(kind, location, certificate, now);
            }
        });
    }

    private List<X509Certificate> validationAnchors() {
        List<X509Certificate> anchors = new ArrayList<>();
        anchors.add(hierarchy.trustAnchor());
        settings.extraAnchorsPath().ifPresent(file -> {
            try (InputStream in = Files.newInputStream(file)) {
                CertificateFactory factory = CertificateFactory.getInstance("X.509");
                factory.generateCertificates(in).forEach(c -> anchors.add((X509Certificate) c));
            } catch (IOException | CertificateException e) {
                throw new IllegalStateException("cannot read the extra trust anchors in " + file + ": " + e.getMessage(), e);
            }
        });
        return anchors;
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate of the trust hierarchy cannot be encoded", e);
        }
    }

    public TrustHierarchy hierarchy() {
        return hierarchy;
    }

    public CertificateAuthority certificateAuthority() {
        return ca;
    }

    public TimestampAuthority timestampAuthority() {
        return tsa;
    }

    public OcspResponder ocspResponder() {
        return ocsp;
    }

    public CrlPublisher issuingCaCrl() {
        return issuingCaCrl;
    }

    public CrlPublisher rootCaCrl() {
        return rootCaCrl;
    }

    public PadesRemoteSigner pades() {
        return pades;
    }

    public XadesRemoteSigner xades() {
        return xades;
    }

    public SignatureValidator validator() {
        return validator;
    }
}
