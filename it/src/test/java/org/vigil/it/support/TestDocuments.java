package org.vigil.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Documents to sign: a prescription as a PDF of some pages, and as XML. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static byte[] prescriptionPdf(String text, int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text + " - page " + i);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] prescriptionXml(String drug) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prescription xmlns=\"urn:vigil:prescription\">"
                + "<patient>Max Muster</patient><drug>" + drug + "</drug><dose>1 tablet daily</dose></prescription>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
