package org.vigil.documents.preview;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The first page of a PDF drawn as a PNG, so that a signer sees on their phone what they sign: a
 * phone has no PDF viewer the app may use under its content policy, and a picture drawn here
 * needs none. The size is bounded whatever the page claims to measure.
 */
public final class FirstPagePreview {

    /** About twice a phone's CSS width: sharp on a high-density screen, a few hundred kB at most. */
    public static final int MAX_WIDTH_PX = 900;
    /** A page far taller than wide (a receipt roll) is scaled down to this rather than drawn huge. */
    public static final int MAX_HEIGHT_PX = 1800;

    private FirstPagePreview() {
    }

    /** @throws PreviewException when the bytes are no readable PDF or have no page */
    public static byte[] png(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() == 0) {
                throw new PreviewException("the document has no page");
            }
            PDPage page = document.getPage(0);
            PDRectangle box = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            float width = turned ? box.getHeight() : box.getWidth();
            float height = turned ? box.getWidth() : box.getHeight();
            if (width <= 0 || height <= 0) {
                throw new PreviewException("the first page has no area");
            }
            float scale = Math.min(MAX_WIDTH_PX / width, MAX_HEIGHT_PX / height);
            BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PreviewException("the document cannot be drawn: " + e.getMessage());
        }
    }
}
