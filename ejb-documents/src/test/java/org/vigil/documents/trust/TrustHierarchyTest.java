package org.vigil.documents.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustHierarchyTest {

    private static final String OCSP_NOCHECK = "1.3.6.1.5.5.7.48.1.5";
    private static final String KP_TIMESTAMPING = "1.3.6.1.5.5.7.3.8";
    private static final String KP_OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";

    @TempDir
    Path directory;

    @Test
    void createsRootIssuingCaTsaAndOcspThatChainToTheRoot() throws Exception {
        TestPki pki = TestPki.create(directory, URI.create("http://127.0.0.1:1/pki"));
        TrustHierarchy h = pki.hierarchy;

        X509Certificate root = h.trustAnchor();
        assertThat(root.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());
        assertThat(h.issuingCa().certificate().getBasicConstraints()).as("path length 0").isZero();
        assertThat(h.issuingCa().certificate().getKeyUsage()[5]).as("keyCertSign").isTrue();

        X509Certificate tsa = h.timestampAuthority().certificate();
        assertThat(tsa.getExtendedKeyUsage()).containsExactly(KP_TIMESTAMPING);
        assertThat(tsa.getCriticalExtensionOIDs()).contains(EXTENDED_KEY_USAGE);

        X509Certificate ocsp = h.ocspSigner().certificate();
        assertThat(ocsp.getExtendedKeyUsage()).containsExactly(KP_OCSP_SIGNING);
        assertThat(ocsp.getExtensionValue(OCSP_NOCHECK)).isNotNull();

        for (var key : List.of(h.issuingCa(), h.timestampAuthority(), h.ocspSigner())) {
            assertChainsTo(root, key.chain());
        }
        assertThat(pki.registry.find(root.getSubjectX500Principal().getName(),
                h.issuingCa().certificate().getSerialNumber())).as("issuing CA recorded under the root").isPresent();
    }

    @Test
    void reopeningTheStoreKeepsTheSameKeysAndCertificates() {
        TrustKeyStore store = TrustKeyStore.pkcs12(directory.resolve("trust.p12"), TestPki.PASSWORD);
        PkiUrls urls = PkiUrls.under(URI.create("https://vigil.example.org/pki"));
        TrustHierarchy first = TrustHierarchy.openOrCreate(store, urls, "Vigil", "AT",
                new InMemoryCertificateRegistry(), Clock.systemUTC());

        TrustHierarchy second = TrustHierarchy.openOrCreate(
                TrustKeyStore.pkcs12(directory.resolve("trust.p12"), TestPki.PASSWORD), urls, "Vigil", "AT",
                new InMemoryCertificateRegistry(), Clock.systemUTC());

        assertThat(second.trustAnchor()).isEqualTo(first.trustAnchor());
        assertThat(second.issuingCa().chain()).isEqualTo(first.issuingCa().chain());
        assertThat(second.timestampAuthority().certificate()).isEqualTo(first.timestampAuthority().certificate());
        assertThat(second.ocspSigner().certificate()).isEqualTo(first.ocspSigner().certificate());
    }

    @Test
    void theOcspAndTsaCertificatesAreRenewedWithNewKeysBeforeTheyExpire() {
        PkiUrls urls = PkiUrls.under(URI.create("https://vigil.example.org/pki"));
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        TrustHierarchy first = TrustHierarchy.openOrCreate(TrustKeyStore.pkcs12(directory.resolve("trust.p12"), TestPki.PASSWORD), urls,
                "Vigil", "AT", new InMemoryCertificateRegistry(), Clock.fixed(start, ZoneOffset.UTC));
        Clock beforeOcspWindow = Clock.fixed(start.plus(Duration.ofDays(365 - TrustHierarchy.OCSP_RENEWAL_DAYS - 1)), ZoneOffset.UTC);
        Clock inOcspWindow = Clock.fixed(start.plus(Duration.ofDays(365 - TrustHierarchy.OCSP_RENEWAL_DAYS + 1)), ZoneOffset.UTC);
        assertThat(first.renewalDue(beforeOcspWindow)).isFalse();
        assertThat(first.renewalDue(inOcspWindow)).isTrue();

        InMemoryCertificateRegistry registry = new InMemoryCertificateRegistry();
        TrustHierarchy renewed = TrustHierarchy.openOrCreate(TrustKeyStore.pkcs12(directory.resolve("trust.p12"), TestPki.PASSWORD), urls,
                "Vigil", "AT", registry, inOcspWindow);

        X509Certificate ocsp = renewed.ocspSigner().certificate();
        assertThat(ocsp.getNotAfter()).isAfter(first.ocspSigner().certificate().getNotAfter());
        assertThat(ocsp.getPublicKey()).as("a new key").isNotEqualTo(first.ocspSigner().certificate().getPublicKey());
        assertThat(registry.find(ocsp.getIssuerX500Principal().getName(), ocsp.getSerialNumber())).isPresent();
        assertThat(renewed.timestampAuthority().certificate()).isEqualTo(first.timestampAuthority().certificate());
        assertThat(renewed.renewalDue(inOcspWindow)).isFalse();
        TrustHierarchy reopened = TrustHierarchy.openOrCreate(TrustKeyStore.pkcs12(directory.resolve("trust.p12"), TestPki.PASSWORD), urls,
                "Vigil", "AT", new InMemoryCertificateRegistry(), inOcspWindow);
        assertThat(reopened.ocspSigner().certificate()).as("the renewal was stored").isEqualTo(ocsp);

        Clock inTsaWindow = Clock.fixed(start.plus(Duration.ofDays(6 * 365 - TrustHierarchy.TSA_RENEWAL_DAYS + 1)), ZoneOffset.UTC);
        TrustHierarchy later = TrustHierarchy.openOrCreate(TrustKeyStore.pkcs12(directory.resolve("trust.p12"), TestPki.PASSWORD), urls,
                "Vigil", "AT", new InMemoryCertificateRegistry(), inTsaWindow);
        assertThat(later.timestampAuthority().certificate().getNotAfter()).isAfter(first.timestampAuthority().certificate().getNotAfter());
        assertThat(later.trustAnchor()).isEqualTo(first.trustAnchor());
    }

    @Test
    void aKeyStoreGetsANewPasswordWithItsKeys() {
        TrustHierarchy first = TrustHierarchy.openOrCreate(TrustKeyStore.pkcs12(directory.resolve("trust.p12"), TestPki.PASSWORD),
                PkiUrls.under(URI.create("https://vigil.example.org/pki")), "Vigil", "AT", new InMemoryCertificateRegistry(), Clock.systemUTC());

        TrustKeyStore.changePassword(directory.resolve("trust.p12"), TestPki.PASSWORD, "a new password".toCharArray());

        TrustKeyStore reopened = TrustKeyStore.pkcs12(directory.resolve("trust.p12"), "a new password".toCharArray());
        assertThat(reopened.find(TrustHierarchy.OCSP)).hasValueSatisfying(key -> assertThat(key.certificate())
                .isEqualTo(first.ocspSigner().certificate()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrustKeyStore.pkcs12(directory.resolve("trust.p12"), TestPki.PASSWORD))
                .isInstanceOf(TrustServiceException.class);
    }

    static void assertChainsTo(X509Certificate root, List<X509Certificate> chain) throws Exception {
        List<X509Certificate> withoutRoot = chain.stream().filter(c -> !c.equals(root)).toList();
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(withoutRoot), parameters);
    }
}
