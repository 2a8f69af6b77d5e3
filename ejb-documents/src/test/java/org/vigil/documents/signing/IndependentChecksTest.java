package org.vigil.documents.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.documents.dss.DssConfiguration;
import org.vigil.documents.testing.Command;
import org.vigil.documents.testing.Device;
import org.vigil.documents.testing.TestPdfs;
import org.vigil.documents.testing.TrustServicesServer;
import org.vigil.documents.trust.TestPki;

/**
 * Checks a PAdES-BASELINE-LTA PDF with tools that share no code with DSS or BouncyCastle:
 * poppler's pdfsig for the signature and what it covers, OpenSSL for the CMS signature, its
 * signature timestamp and the document timestamp, all against Vigil's root.
 */
class IndependentChecksTest {

    private static final Pattern RANGES = Pattern.compile("Signed Ranges: \\[(\\d+) - (\\d+)\\], \\[(\\d+) - (\\d+)\\]");

    @TempDir
    static Path directory;

    private static TrustServicesServer services;
    private static byte[] pdf;
    private static byte[] signed;
    private static Path signedFile;
    private static Path root;
    private static Path untrusted;

    @BeforeAll
    static void signAnLtaPdf() throws Exception {
        services = TrustServicesServer.start(directory);
        PadesRemoteSigner signer = new PadesRemoteSigner(
                DssConfiguration.online(List.of(services.pki.hierarchy.trustAnchor())), services.tsaUrl(),
                Clock.systemUTC());
        KeyPair device = TestPki.deviceKey();
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(services.pki.issueFor(device, "Anna", "Gruber"));
        chain.addAll(services.pki.ca.chain());
        pdf = TestPdfs.prescription(1);
        DataToSign data = signer.dataToSign(pdf, chain, SignatureOptions.of(SignatureLevel.LTA, "Prescription"));
        signed = signer.complete(pdf, data.session(), Device.signP1363(device, data.bytes()),
                SignatureValueEncoding.P1363);
        signedFile = Files.write(directory.resolve("signed-lta.pdf"), signed);
        root = pem("root.pem", services.pki.hierarchy.trustAnchor());
        untrusted = pem("issuing.pem", services.pki.hierarchy.issuingCa().certificate());
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void pdfsigFindsTheSignatureValidAndCoveringItsWholeRevision() throws Exception {
        String output = Command.run(directory, "pdfsig", signedFile.toString());

        String first = output.substring(output.indexOf("Signature #1:"), output.contains("Signature #2:")
                ? output.indexOf("Signature #2:") : output.length());
        assertThat(first).contains("Signer Certificate Common Name: Anna Gruber")
                .contains("Signature Validation: Signature is Valid.")
                .contains("ETSI.CAdES.detached");
        Matcher ranges = RANGES.matcher(first);
        assertThat(ranges.find()).as(first).isTrue();
        long end = Long.parseLong(ranges.group(4));
        assertThat(Long.parseLong(ranges.group(1))).isZero();
        // The ranges cover everything from the start of the file to the end of the revision the
        // signature added, except the hole of the signature value itself.
        String revisionTail = new String(signed, (int) end - 7, 7, StandardCharsets.ISO_8859_1);
        assertThat(revisionTail).contains("%%EOF");
        assertThat(end).isGreaterThan(pdf.length).isLessThan(signed.length);
    }

    @Test
    void pdfsigReportsAnAlteredCopyAsInvalid() throws Exception {
        byte[] altered = signed.clone();
        // A byte inside the page's (compressed) content stream: the PDF still opens, its text differs.
        int position = indexOf(altered, "stream".getBytes(StandardCharsets.ISO_8859_1)) + 12;
        altered[position] ^= 0x01;
        Path alteredFile = Files.write(directory.resolve("altered.pdf"), altered);

        Command.Result result = Command.attempt(directory, "pdfsig", alteredFile.toString());

        assertThat(result.output()).doesNotContain("Signature is Valid.").contains("Digest Mismatch");
    }

    @Test
    void opensslVerifiesTheCmsSignatureAndBothTimestamps() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).extracting(PDSignature::getSubFilter)
                    .containsExactly("ETSI.CAdES.detached", "ETSI.RFC3161");

            PDSignature signature = signatures.get(0);
            Path cms = Files.write(directory.resolve("signature.p7s"), signature.getContents(signed));
            Path content = Files.write(directory.resolve("signed-content.bin"), signature.getSignedContent(signed));
            String verified = Command.run(directory, "openssl", "cms", "-verify", "-binary", "-inform", "DER",
                    "-in", cms.toString(), "-content", content.toString(), "-CAfile", root.toString(),
                    "-purpose", "any", "-out", directory.resolve("cms-out.bin").toString());
            assertThat(verified).contains("Verification successful");

            CMSSignedData signedData = new CMSSignedData(signature.getContents(signed));
            // Chain, signature timestamp and the TSA's chain take well under half the reserved room.
            assertThat(signedData.getEncoded("DER").length).isLessThan(PadesParameters.CONTENT_SIZE / 2);
            SignerInformation signer = signedData.getSignerInfos().iterator().next();
            byte[] token = signer.getUnsignedAttributes()
                    .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken).getAttrValues().getObjectAt(0)
                    .toASN1Primitive().getEncoded();
            Path tokenFile = Files.write(directory.resolve("signature-timestamp.tst"), token);
            String imprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
            assertThat(Command.run(directory, "openssl", "ts", "-verify", "-token_in", "-in", tokenFile.toString(),
                    "-digest", imprint, "-CAfile", root.toString(), "-untrusted", untrusted.toString()))
                    .contains("Verification: OK");

            PDSignature documentTimestamp = signatures.get(1);
            Path archiveToken = Files.write(directory.resolve("document-timestamp.tst"), documentTimestamp.getContents(signed));
            Path covered = Files.write(directory.resolve("timestamped.bin"), documentTimestamp.getSignedContent(signed));
            assertThat(Command.run(directory, "openssl", "ts", "-verify", "-token_in", "-in", archiveToken.toString(),
                    "-data", covered.toString(), "-CAfile", root.toString(), "-untrusted", untrusted.toString()))
                    .contains("Verification: OK");
        }
    }

    private static Path pem(String name, X509Certificate certificate) throws Exception {
        return Files.writeString(directory.resolve(name), "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("text not found in the PDF");
    }
}
