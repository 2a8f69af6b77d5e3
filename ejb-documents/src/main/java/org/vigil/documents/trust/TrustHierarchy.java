package org.vigil.documents.trust;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The keys and certificates of Vigil's PKI, in one key store: a root CA, the issuing CA below it,
 * and the timestamp authority's and OCSP responder's certificates issued by the issuing CA. The
 * first start creates what is missing; later starts use what is there. The two service
 * certificates are renewed, each with a new key, before they expire: the OCSP responder's (one
 * year) in its last {@value #OCSP_RENEWAL_DAYS} days, the TSA's (six years) in its last
 * {@value #TSA_RENEWAL_DAYS}, whenever the hierarchy is opened ({@link #renewalDue} tells a
 * running server when to open it again).
 */
public final class TrustHierarchy {

    public static final String ROOT_CA = "vigil-root-ca";
    public static final String ISSUING_CA = "vigil-issuing-ca";
    public static final String TSA = "vigil-tsa";
    public static final String OCSP = "vigil-ocsp";

    private static final Duration ROOT_VALIDITY = Duration.ofDays(20 * 365);
    private static final Duration ISSUING_VALIDITY = Duration.ofDays(10 * 365);
    private static final Duration TSA_VALIDITY = Duration.ofDays(6 * 365);
    private static final Duration OCSP_VALIDITY = Duration.ofDays(365);
    static final int OCSP_RENEWAL_DAYS = 30;
    static final int TSA_RENEWAL_DAYS = 180;

    private final CertifiedKey root;
    private final CertifiedKey issuingCa;
    private final CertifiedKey tsa;
    private final CertifiedKey ocspSigner;

    private TrustHierarchy(CertifiedKey root, CertifiedKey issuingCa, CertifiedKey tsa, CertifiedKey ocspSigner) {
        this.root = root;
        this.issuingCa = issuingCa;
        this.tsa = tsa;
        this.ocspSigner = ocspSigner;
    }

    /**
     * Opens the hierarchy in {@code store}, creating the keys and certificates that are missing.
     * New certificates are recorded in {@code registry}.
     *
     * @param organisation the O of every CA and service certificate, e.g. "Vigil Health"
     * @param country the ISO 3166 two-letter country code
     */
    public static TrustHierarchy openOrCreate(TrustKeyStore store, PkiUrls urls, String organisation, String country,
            CertificateRegistry registry, Clock clock) {
        Instant now = clock.instant();
        CertifiedKey root = store.find(ROOT_CA).orElseGet(() -> {
            KeyPair pair = store.generateKeyPair("secp384r1");
            X509Certificate certificate = CertificateProfiles.rootCa(name(organisation, country, "Root CA"),
                    pair.getPublic(), selfSigner(pair, store), now, now.plus(ROOT_VALIDITY));
            return store.store(ROOT_CA, pair.getPrivate(), List.of(certificate));
        });
        CertifiedKey issuing = store.find(ISSUING_CA).orElseGet(() -> {
            KeyPair pair = store.generateKeyPair("secp384r1");
            X509Certificate certificate = CertificateProfiles.issuingCa(root,
                    name(organisation, country, "Signing CA"), pair.getPublic(), urls, now, now.plus(ISSUING_VALIDITY));
            registry.save(IssuedCertificate.of(certificate));
            return store.store(ISSUING_CA, pair.getPrivate(), List.of(certificate, root.certificate()));
        });
        CertifiedKey tsa = store.find(TSA).filter(key -> !expiresWithin(key, TSA_RENEWAL_DAYS, now)).orElseGet(() -> {
            KeyPair pair = store.generateKeyPair("secp256r1");
            X509Certificate certificate = CertificateProfiles.timestampAuthority(issuing,
                    name(organisation, country, "Timestamp Authority"), pair.getPublic(), urls, now,
                    now.plus(TSA_VALIDITY));
            registry.save(IssuedCertificate.of(certificate));
            return store.replace(TSA, pair.getPrivate(), List.of(certificate, issuing.certificate(), root.certificate()));
        });
        CertifiedKey ocsp = store.find(OCSP).filter(key -> !expiresWithin(key, OCSP_RENEWAL_DAYS, now)).orElseGet(() -> {
            KeyPair pair = store.generateKeyPair("secp256r1");
            X509Certificate certificate = CertificateProfiles.ocspSigner(issuing,
                    name(organisation, country, "OCSP Responder"), pair.getPublic(), urls, now, now.plus(OCSP_VALIDITY));
            registry.save(IssuedCertificate.of(certificate));
            return store.replace(OCSP, pair.getPrivate(), List.of(certificate, issuing.certificate(), root.certificate()));
        });
        return new TrustHierarchy(root, issuing, tsa, ocsp);
    }

    /** Whether a service certificate has entered its renewal window: open the hierarchy again to renew it. */
    public boolean renewalDue(Clock clock) {
        Instant now = clock.instant();
        return expiresWithin(tsa, TSA_RENEWAL_DAYS, now) || expiresWithin(ocspSigner, OCSP_RENEWAL_DAYS, now);
    }

    private static boolean expiresWithin(CertifiedKey key, int days, Instant now) {
        return key.certificate().getNotAfter().toInstant().isBefore(now.plus(Duration.ofDays(days)));
    }

    public CertifiedKey root() {
        return root;
    }

    public CertifiedKey issuingCa() {
        return issuingCa;
    }

    public CertifiedKey timestampAuthority() {
        return tsa;
    }

    public CertifiedKey ocspSigner() {
        return ocspSigner;
    }

    /** The certificate relying parties trust: everything Vigil signs chains up to it. */
    public X509Certificate trustAnchor() {
        return root.certificate();
    }

    private static X500Name name(String organisation, String country, String role) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, country)
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, organisation + " " + role)
                .build();
    }

    private static ContentSigner selfSigner(KeyPair pair, TrustKeyStore store) {
        try {
            return new JcaContentSignerBuilder("SHA384withECDSA").setProvider(store.provider()).build(pair.getPrivate());
        } catch (OperatorCreationException e) {
            throw new TrustServiceException("cannot sign with the new root key", e);
        }
    }
}
