package org.vigil.documents.application.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.vigil.documents.application.Problems;
import org.vigil.documents.domain.DocumentFormat;
import org.xml.sax.SAXException;

/**
 * Recognises an upload by its content and refuses what cannot be signed: neither PDF nor XML,
 * a PDF cut short (no end-of-file marker, as a broken transfer leaves it, which PDFBox would
 * silently repair), a PDF without pages, XML that is not well-formed or declares a DTD.
 */
final class UploadCheck {

    // Readers look for %%EOF within the last 1024 bytes (ISO 32000-1 §7.5.5, Adobe's implementation note).
    private static final int EOF_WINDOW = 1024;

    private UploadCheck() {
    }

    static DocumentFormat check(byte[] content) {
        if (content.length == 0) {
            throw new Problems.InvalidDocument("The document is empty.");
        }
        DocumentFormat format = DocumentFormat.sniff(content).orElseThrow(() -> new Problems.UnsupportedDocument(
                "Only PDF and XML documents can be signed; this content is neither."));
        if (format == DocumentFormat.PDF) {
            checkPdf(content);
        } else {
            checkXml(content);
        }
        return format;
    }

    private static void checkPdf(byte[] content) {
        int from = Math.max(0, content.length - EOF_WINDOW);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw new Problems.InvalidDocument("The PDF is truncated: it has no end-of-file marker.");
        }
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new Problems.InvalidDocument("The PDF has no pages.");
            }
            if (pdf.isEncrypted()) {
                throw new Problems.InvalidDocument("The PDF is encrypted; upload it without a password.");
            }
        } catch (IOException e) {
            throw new Problems.InvalidDocument("The PDF cannot be read: " + e.getMessage());
        }
    }

    private static void checkXml(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // No DTDs and no external entities: an upload must not make the server read files or URLs.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new ByteArrayInputStream(content));
        } catch (SAXException | IOException e) {
            throw new Problems.InvalidDocument("The XML is not well-formed: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }
}
