package org.vigil.documents.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.vigil.documents.validation.SignatureValidator;

class VisibleSignatureTest {

    @TempDir
    static Path directory;

    private static TrustServicesServer services;
    private static byte[] signed;

    @BeforeAll
    static void signWithAnAppearance() throws Exception {
        services = TrustServicesServer.start(directory);
        PadesRemoteSigner signer = new PadesRemoteSigner(
                DssConfiguration.online(List.of(services.pki.hierarchy.trustAnchor())), services.tsaUrl(),
                Clock.systemUTC());
        KeyPair device = TestPki.deviceKey();
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(services.pki.issueFor(device, "Anna", "Gruber"));
        chain.addAll(services.pki.ca.chain());
        byte[] pdf = TestPdfs.prescription(1);
        DataToSign data = signer.dataToSign(pdf, chain, new SignatureOptions(SignatureLevel.LT, "Prescription",
                "Wien", new VisibleSignature(1, 320, 700, 230, 60)));
        signed = signer.complete(pdf, data.session(), Device.signDer(device, data.bytes()), SignatureValueEncoding.DER);
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void theAppearanceShowsNameAndReasonInAnEmbeddedSubsetFont() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignatureField field = document.getDocumentCatalog().getAcroForm().getFields().stream()
                    .filter(PDSignatureField.class::isInstance).map(PDSignatureField.class::cast).findFirst().orElseThrow();
            PDAnnotationWidget widget = field.getWidgets().get(0);
            assertThat(widget.getRectangle().getWidth()).isEqualTo(230f);
            assertThat(widget.getPage()).isEqualTo(document.getPage(0));

            List<PDFont> fonts = new ArrayList<>();
            collectFonts(widget.getNormalAppearanceStream().getResources(), fonts);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                // PDF names a subset font with a six-letter tag and '+' (ISO 32000-1, 9.6.4).
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            });
        }
    }

    @Test
    void theAppearanceTextIsRealTextAndTheSignatureStillPasses() throws Exception {
        Path file = Files.write(directory.resolve("visible.pdf"), signed);
        String text = Command.run(directory, "pdftotext", "-layout", file.toString(), "-");
        assertThat(text).contains("Anna Gruber").contains("Reason: Prescription");
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Prescription - page 1 of 1");
        }
        assertThat(new SignatureValidator(DssConfiguration.offline(List.of(services.pki.hierarchy.trustAnchor())))
                .validate(signed, false).signatures()).singleElement()
                .satisfies(v -> assertThat(v.indication()).as(v.toString()).isEqualTo("TOTAL_PASSED"));
    }

    @Test
    void aBoxOnAPageTheDocumentLacksIsRefusedBeforeDss() throws Exception {
        PadesRemoteSigner signer = new PadesRemoteSigner(
                DssConfiguration.offline(List.of(services.pki.hierarchy.trustAnchor())), services.tsaUrl(), Clock.systemUTC());
        KeyPair device = TestPki.deviceKey();
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(services.pki.issueFor(device, "Anna", "Gruber"));
        chain.addAll(services.pki.ca.chain());
        SignatureOptions options = new SignatureOptions(SignatureLevel.B, "Prescription", null, new VisibleSignature(3, 320, 700, 230, 60));
        assertThatThrownBy(() -> signer.dataToSign(TestPdfs.prescription(1), chain, options))
                .isInstanceOf(SigningException.class).hasMessageContaining("page 3").hasMessageContaining("1 page(s)");
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws Exception {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
