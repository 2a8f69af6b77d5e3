package org.vigil.documents.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.documents.testing.Command;

class TimestampAuthorityTest {

    @TempDir
    Path directory;

    private TestPki pki;
    private TimestampAuthority tsa;

    @BeforeEach
    void createTsa() {
        pki = TestPki.create(directory, URI.create("http://127.0.0.1:1/pki"));
        tsa = pki.tsa();
    }

    @Test
    void grantsATokenOverTheImprintWithNonceAndPolicy() throws Exception {
        byte[] imprint = MessageDigest.getInstance("SHA-256").digest("prescription".getBytes(StandardCharsets.UTF_8));
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, imprint, BigInteger.valueOf(4711));

        TimeStampResponse response = new TimeStampResponse(tsa.respond(request.getEncoded()));

        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
        response.validate(request);
        TimeStampToken token = response.getTimeStampToken();
        assertThat(token.getTimeStampInfo().getNonce()).isEqualTo(BigInteger.valueOf(4711));
        assertThat(token.getTimeStampInfo().getPolicy()).isEqualTo(TestPki.TSA_POLICY);
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(imprint);
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(pki.hierarchy.timestampAuthority().certificate()));
        assertThat(token.getCertificates().getMatches(null)).as("TSA and issuing CA certificates included").hasSize(2);
    }

    @Test
    void rejectsGarbageWeakHashesAndForeignPolicies() throws Exception {
        assertThat(failure(tsa.respond("not a request".getBytes(StandardCharsets.UTF_8)), PKIFailureInfo.badDataFormat))
                .isEqualTo(PKIFailureInfo.badDataFormat);

        byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(new byte[] {1});
        assertThat(failure(tsa.respond(new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA1, sha1).getEncoded()),
                PKIFailureInfo.badAlg))
                .isEqualTo(PKIFailureInfo.badAlg);

        TimeStampRequestGenerator other = new TimeStampRequestGenerator();
        other.setReqPolicy(new ASN1ObjectIdentifier("1.2.3.4"));
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(new byte[] {1});
        assertThat(failure(tsa.respond(other.generate(TSPAlgorithms.SHA256, sha256).getEncoded()),
                PKIFailureInfo.unacceptedPolicy))
                .isEqualTo(PKIFailureInfo.unacceptedPolicy);
    }

    /** openssl makes the query and checks the reply against the root: nothing of ours on that side. */
    @Test
    void opensslVerifiesTheReplyAgainstTheRoot() throws Exception {
        Path data = Files.writeString(directory.resolve("data.txt"), "Rp: amoxicillin 500 mg");
        Path query = directory.resolve("request.tsq");
        Command.run(directory, "openssl", "ts", "-query", "-data", data.toString(), "-sha256", "-cert",
                "-out", query.toString());
        Path reply = Files.write(directory.resolve("reply.tsr"), tsa.respond(Files.readAllBytes(query)));
        Path root = pem(directory.resolve("root.pem"), pki.hierarchy.trustAnchor());
        Path untrusted = pem(directory.resolve("issuing.pem"), pki.hierarchy.issuingCa().certificate());

        String verified = Command.run(directory, "openssl", "ts", "-verify", "-queryfile", query.toString(),
                "-in", reply.toString(), "-CAfile", root.toString(), "-untrusted", untrusted.toString());

        assertThat(verified).contains("Verification: OK");
        String text = Command.run(directory, "openssl", "ts", "-reply", "-in", reply.toString(), "-text");
        assertThat(text).contains("Policy OID: " + TestPki.TSA_POLICY.getId());
    }

    @Test
    void opensslRejectsTheReplyForOtherData() throws Exception {
        Path data = Files.writeString(directory.resolve("data.txt"), "Rp: amoxicillin 500 mg");
        Path query = directory.resolve("request.tsq");
        Command.run(directory, "openssl", "ts", "-query", "-data", data.toString(), "-sha256", "-cert",
                "-out", query.toString());
        Path reply = Files.write(directory.resolve("reply.tsr"), tsa.respond(Files.readAllBytes(query)));
        Path root = pem(directory.resolve("root.pem"), pki.hierarchy.trustAnchor());
        Path untrusted = pem(directory.resolve("issuing.pem"), pki.hierarchy.issuingCa().certificate());
        Path altered = Files.writeString(directory.resolve("altered.txt"), "Rp: amoxicillin 900 mg");

        Command.Result result = Command.attempt(directory, "openssl", "ts", "-verify", "-data", altered.toString(),
                "-in", reply.toString(), "-CAfile", root.toString(), "-untrusted", untrusted.toString());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("message imprint mismatch");
    }

    static Path pem(Path file, java.security.cert.X509Certificate certificate) throws Exception {
        return Files.writeString(file, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
    }

    // PKIFailureInfo is a bit string in which BouncyCastle may set more than the one bit a
    // test cares about: only that bit is checked.
    private static int failure(byte[] encoded, int expected) throws Exception {
        TimeStampResponse response = new TimeStampResponse(encoded);
        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        return response.getFailInfo().intValue() & expected;
    }
}
