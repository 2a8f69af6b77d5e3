package org.vigil.care.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.vigil.care.domain.prescription.MedicationItem;
import org.vigil.care.domain.prescription.Validity;

class PrescriptionPdfRendererTest {

    private static final String URL = "http://localhost:8080/api/v1/prescription-verifications/abcDEF0123456789abcDEF0123456789abcDEF01234";

    @Test
    void aPharmacistReadsEverythingAndTheQrCodeLeadsToTheVerification() throws Exception {
        byte[] pdf = new PrescriptionPdfRenderer().render(sheet(List.of(
                new MedicationItem("Amoxicillin", "J01CA04", "http://www.whocc.no/atc", "500 mg", "1 capsule", "oral", "three times daily",
                        "7 days", "21 capsules", "Take with a glass of water; finish the course even when better."),
                new MedicationItem("Paracetamol", null, null, "500 mg", "1–2 tablets", "oral", "up to 4 times daily", null, "20 tablets",
                        "Not more than 8 tablets in 24 hours."))));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Prescription", "RX-7KQ2-M9XD", "Dr Greta Hansen", "Anna Muster", "Born 1 Mar 1950",
                    "Apotheke am Markt", "Marktplatz 1, 1010 Wien", "1.  Amoxicillin 500 mg", "J01CA04", "three times daily",
                    "21 capsules", "2.  Paracetamol 500 mg", "1–2 tablets", "Valid 4 Dec 2026 to 1 Jan 2027", "page 1 of 1");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+LiberationSans");
                }
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            Path out = Path.of("target", "prescription-sample.png");
            Files.createDirectories(out.getParent());
            javax.imageio.ImageIO.write(image, "png", out.toFile());
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(),
                    image.getHeight(), pixels))), java.util.Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            assertThat(decoded).isEqualTo(URL);
        }
    }

    @Test
    void manyItemsFlowOntoFurtherPagesAndUndrawableCharactersBecomeQuestionMarks() throws Exception {
        List<MedicationItem> items = new ArrayList<>(Collections.nCopies(9, new MedicationItem("Metformin", null, null, "850 mg",
                "1 tablet", "oral", "twice daily with meals", "3 months", "180 tablets", "Long instructions ".repeat(20))));
        items.add(new MedicationItem("Drug \uD83D\uDC8A", null, null, null, "1", "oral", "daily", null, "1", null));
        byte[] pdf = new PrescriptionPdfRenderer().render(sheet(items));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("10.  Drug ?").contains("page 2 of " + document.getNumberOfPages());
        }
    }

    private static PrescriptionSheet sheet(List<MedicationItem> items) {
        Instant issued = Instant.parse("2026-12-04T10:15:00Z");
        return new PrescriptionSheet("RX-7KQ2-M9XD", issued, new Validity(issued, issued.plus(Duration.ofDays(28))), "Anna Muster",
                LocalDate.of(1950, 3, 1), "0c6b4f0e-8d1a-4a39-9d57-3c2f4f7f1b21", "Dr Greta Hansen", "5a1e8f4e-2d7c-4f0b-a8a1-0f6e2a1c9d33",
                "Apotheke am Markt", "Marktplatz 1, 1010 Wien", "+43 1 234 56 78", items, URL);
    }
}
