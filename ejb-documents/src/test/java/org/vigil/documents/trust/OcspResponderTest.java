package org.vigil.documents.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcspResponderTest {

    @TempDir
    Path directory;

    private TestPki pki;
    private OcspResponder responder;

    @BeforeEach
    void createResponder() {
        pki = TestPki.create(directory, URI.create("http://127.0.0.1:1/pki"));
        responder = pki.ocsp();
    }

    @Test
    void answersGoodForAnIssuedCertificateSignedByTheDelegatedResponder() throws Exception {
        X509Certificate certificate = pki.issueFor(TestPki.deviceKey(), "Anna", "Gruber");

        BasicOCSPResp response = ask(certificate.getSerialNumber(), null);

        SingleResp single = response.getResponses()[0];
        assertThat(single.getCertStatus()).isEqualTo(CertificateStatus.GOOD);
        assertThat(single.getCertID().getSerialNumber()).isEqualTo(certificate.getSerialNumber());
        assertThat(Duration.between(single.getThisUpdate().toInstant(), single.getNextUpdate().toInstant()))
                .isEqualTo(Duration.ofHours(1));
        assertThat(response.getCerts()).containsExactly(
                new JcaX509CertificateHolder(pki.hierarchy.ocspSigner().certificate()));
        assertThat(response.isSignatureValid(new JcaContentVerifierProviderBuilder()
                .build(pki.hierarchy.ocspSigner().certificate()))).isTrue();
    }

    @Test
    void answersRevokedWithTimeAndReason() throws Exception {
        X509Certificate certificate = pki.issueFor(TestPki.deviceKey(), "Anna", "Gruber");
        IssuedCertificate revoked = pki.ca.revoke(certificate.getSerialNumber(), RevocationReason.CESSATION_OF_OPERATION);

        SingleResp single = ask(certificate.getSerialNumber(), null).getResponses()[0];

        assertThat(single.getCertStatus()).isInstanceOf(RevokedStatus.class);
        RevokedStatus status = (RevokedStatus) single.getCertStatus();
        assertThat(status.getRevocationReason()).isEqualTo(CRLReason.cessationOfOperation);
        assertThat(status.getRevocationTime().toInstant().getEpochSecond())
                .isEqualTo(revoked.revoked().orElseThrow().time().getEpochSecond());
    }

    @Test
    void answersUnknownForSerialsItNeverIssuedAndForOtherIssuers() throws Exception {
        assertThat(ask(BigInteger.valueOf(12345), null).getResponses()[0].getCertStatus())
                .isInstanceOf(UnknownStatus.class);

        // The root's serial under the root as issuer: a CA this responder does not speak for.
        X509Certificate root = pki.hierarchy.trustAnchor();
        CertificateID foreign = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(root), pki.hierarchy.issuingCa().certificate().getSerialNumber());
        BasicOCSPResp response = basic(responder.respond(new OCSPReqBuilder().addRequest(foreign).build().getEncoded()));
        assertThat(response.getResponses()[0].getCertStatus()).isInstanceOf(UnknownStatus.class);
    }

    @Test
    void echoesTheNonce() throws Exception {
        X509Certificate certificate = pki.issueFor(TestPki.deviceKey(), "Anna", "Gruber");
        DEROctetString nonce = new DEROctetString(new DEROctetString(new byte[] {7, 1, 1, 4}).getEncoded());

        BasicOCSPResp response = ask(certificate.getSerialNumber(), nonce);

        assertThat(response.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue()).isEqualTo(nonce);
    }

    @Test
    void malformedRequestGetsTheMalformedStatus() throws Exception {
        assertThat(new OCSPResp(responder.respond(new byte[] {0x30, 0x03, 1, 2, 3})).getStatus())
                .isEqualTo(org.bouncycastle.cert.ocsp.OCSPRespBuilder.MALFORMED_REQUEST);
    }

    private BasicOCSPResp ask(BigInteger serial, DEROctetString nonce) throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(pki.hierarchy.issuingCa().certificate()), serial);
        OCSPReqBuilder builder = new OCSPReqBuilder().addRequest(id);
        if (nonce != null) {
            builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false, nonce)));
        }
        return basic(responder.respond(builder.build().getEncoded()));
    }

    private static BasicOCSPResp basic(byte[] encoded) throws Exception {
        OCSPResp response = new OCSPResp(encoded);
        assertThat(response.getStatus()).isEqualTo(org.bouncycastle.cert.ocsp.OCSPRespBuilder.SUCCESSFUL);
        return (BasicOCSPResp) response.getResponseObject();
    }
}
