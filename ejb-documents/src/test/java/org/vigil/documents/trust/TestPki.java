package org.vigil.documents.trust;

import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/** A complete PKI in a temporary PKCS#12 file, with its registry, for tests. */
public final class TestPki {

    public static final ASN1ObjectIdentifier TSA_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");
    public static final char[] PASSWORD = "test-store-password".toCharArray();

    public final TrustHierarchy hierarchy;
    public final CertificateRegistry registry;
    public final PkiUrls urls;
    public final CertificateAuthority ca;
    public final Clock clock;

    private TestPki(TrustHierarchy hierarchy, CertificateRegistry registry, PkiUrls urls, Clock clock) {
        this.hierarchy = hierarchy;
        this.registry = registry;
        this.urls = urls;
        this.clock = clock;
        this.ca = new CertificateAuthority(hierarchy.issuingCa(), urls, registry, clock, "AT");
    }

    public static TestPki create(Path directory, URI base) {
        CertificateRegistry registry = new InMemoryCertificateRegistry();
        PkiUrls urls = PkiUrls.under(base);
        Clock clock = Clock.systemUTC();
        TrustHierarchy hierarchy = TrustHierarchy.openOrCreate(
                TrustKeyStore.pkcs12(directory.resolve("trust.p12"), PASSWORD), urls, "Vigil Test", "AT", registry, clock);
        return new TestPki(hierarchy, registry, urls, clock);
    }

    public TimestampAuthority tsa() {
        return new TimestampAuthority(hierarchy.timestampAuthority(), TSA_POLICY, clock);
    }

    public OcspResponder ocsp() {
        return new OcspResponder(hierarchy.ocspSigner(), hierarchy.issuingCa().certificate(), registry, clock,
                Duration.ofHours(1));
    }

    public CrlPublisher issuingCaCrl() {
        return new CrlPublisher(hierarchy.issuingCa(), registry, clock, Duration.ofDays(1));
    }

    public CrlPublisher rootCaCrl() {
        return new CrlPublisher(hierarchy.root(), registry, clock, Duration.ofDays(30));
    }

    /** An authenticator's key, as a device would hold it. */
    public static KeyPair deviceKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public java.security.cert.X509Certificate issueFor(KeyPair device, String given, String surname) {
        return ca.issueSigningCertificate(new SigningCertificateRequest(device.getPublic(),
                new PersonName(given, surname), "acct-" + surname.toLowerCase(), Duration.ofDays(365)));
    }
}
