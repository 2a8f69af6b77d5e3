package org.vigil.documents.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.vigil.documents.testing.TestPdfs;

class FirstPagePreviewTest {

    @Test
    void theFirstPageOfAnA4PrescriptionIsDrawnAtPhoneWidthWithItsTextVisible() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(FirstPagePreview.png(TestPdfs.prescription(2))));

        // PDFBox floors the scaled size: a pixel less than the bound is the bound
        assertThat(image.getWidth()).isBetween(FirstPagePreview.MAX_WIDTH_PX - 1, FirstPagePreview.MAX_WIDTH_PX);
        assertThat(image.getHeight()).as("A4 keeps its proportions").isBetween(1270, 1275);
        // the text line at 72 pt from the left, 760 pt from the bottom of 842: dark pixels there, white paper elsewhere
        double scale = FirstPagePreview.MAX_WIDTH_PX / PDRectangle.A4.getWidth();
        int top = (int) ((842 - 770) * scale);
        int bottom = (int) ((842 - 750) * scale);
        assertThat(darkPixels(image, (int) (72 * scale), top, (int) (400 * scale), bottom)).isGreaterThan(200);
        assertThat(darkPixels(image, 0, image.getHeight() / 2, image.getWidth(), image.getHeight())).isZero();
    }

    @Test
    void aVeryTallPageIsScaledToTheHeightBoundAndATurnedPageToItsWidthAsShown() throws IOException {
        BufferedImage tall = ImageIO.read(new ByteArrayInputStream(FirstPagePreview.png(blank(new PDRectangle(200, 4000), 0))));
        assertThat(tall.getHeight()).isBetween(FirstPagePreview.MAX_HEIGHT_PX - 1, FirstPagePreview.MAX_HEIGHT_PX);
        assertThat(tall.getWidth()).isBetween(89, 90);

        BufferedImage turned = ImageIO.read(new ByteArrayInputStream(FirstPagePreview.png(blank(PDRectangle.A4, 90))));
        assertThat(turned.getWidth()).as("landscape as the reader sees it").isBetween(FirstPagePreview.MAX_WIDTH_PX - 1,
                FirstPagePreview.MAX_WIDTH_PX);
        assertThat(turned.getHeight()).isLessThan(turned.getWidth());
    }

    @Test
    void bytesThatAreNoPdfOrAPdfWithoutPagesAreRefusedWithAReason() {
        assertThatThrownBy(() -> FirstPagePreview.png("<xml/>".getBytes())).isInstanceOf(PreviewException.class)
                .hasMessageStartingWith("the document cannot be drawn");
        assertThatThrownBy(() -> FirstPagePreview.png(pages())).isInstanceOf(PreviewException.class)
                .hasMessage("the document has no page");
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static byte[] blank(PDRectangle size, int rotation) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(size);
            page.setRotation(rotation);
            document.addPage(page);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] pages() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        }
    }
}
