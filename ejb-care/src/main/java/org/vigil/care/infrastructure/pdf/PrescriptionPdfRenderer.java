package org.vigil.care.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.vigil.care.domain.prescription.MedicationItem;

/**
 * Draws a prescription as a one- or more-page A4 PDF a pharmacist recognises: the prescription
 * number and dates, prescriber, patient and dispensing pharmacy in boxes, the items numbered with
 * dose, route, frequency, duration, quantity and instructions, and a QR code to Vigil's
 * verification of this document. The text is real text in Liberation Sans (the font PDFBox ships),
 * embedded as a subset, so the PDF reads the same everywhere and can be searched and copied.
 */
public final class PrescriptionPdfRenderer {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float QR_SIZE = 96;

    public byte[] render(PrescriptionSheet sheet) {
        try (PDDocument document = new PDDocument(); InputStream fontData = PDDocument.class.getResourceAsStream(FONT)) {
            if (fontData == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path");
            }
            PDFont font = PDType0Font.load(document, fontData, true);
            info(document, sheet);
            new Layout(document, font, sheet).draw();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void info(PDDocument document, PrescriptionSheet sheet) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Prescription " + sheet.number());
        info.setAuthor(sheet.prescriberName());
        info.setSubject("Prescription for " + sheet.patientName());
        info.setCreator("Vigil");
        info.setProducer("Vigil");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(sheet.issuedAt().toEpochMilli());
        info.setCreationDate(created);
        info.setModificationDate(created);
    }

    /** A line of a box, and its font size. */
    private record Line(String text, float size) {
    }

    /** One rendering: the pages drawn so far and where the next line goes. */
    private static final class Layout {

        private final PDDocument document;
        private final PDFont font;
        private final PrescriptionSheet sheet;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document, PDFont font, PrescriptionSheet sheet) {
            this.document = document;
            this.font = font;
            this.sheet = sheet;
        }

        void draw() throws IOException {
            newPage();
            header();
            parties();
            items();
            closing();
            content.close();
            footers();
        }

        private void header() throws IOException {
            float top = y;
            bold("Rx", 30, MARGIN, top - 26);
            bold("Prescription", 20, MARGIN + 48, top - 14);
            text("No. " + sheet.number(), 12, MARGIN + 48, top - 32);
            text("Issued " + TIME.format(sheet.issuedAt()), 9.5f, MARGIN + 48, top - 46);
            text("Valid " + DAY.format(sheet.validity().from()) + " to " + DAY.format(sheet.validity().until()), 9.5f, MARGIN + 48,
                    top - 59);
            qr(sheet.verificationUrl(), MARGIN + WIDTH - QR_SIZE, top - QR_SIZE);
            text("Scan to verify", 7.5f, MARGIN + WIDTH - QR_SIZE + 22, top - QR_SIZE - 9);
            y = top - QR_SIZE - 20;
            rule(y);
            y -= 14;
        }

        private void parties() throws IOException {
            float column = (WIDTH - 20) / 3;
            List<List<Line>> boxes = List.of(
                    List.of(new Line(sheet.prescriberName(), 9.5f), new Line("Vigil account " + sheet.prescriberId(), 7.5f)),
                    List.of(new Line(sheet.patientName(), 9.5f),
                            new Line("Born " + DAY.format(sheet.patientBirthDate().atStartOfDay(ZoneOffset.UTC)), 9.5f),
                            new Line("Patient " + sheet.patientId(), 7.5f)),
                    pharmacyLines());
            List<String> labels = List.of("PRESCRIBER", "PATIENT", "DISPENSING PHARMACY");
            float height = 0;
            for (List<Line> box : boxes) {
                float h = 0;
                for (Line line : box) {
                    h += wrap(line.text(), line.size(), column - 12).size() * (line.size() + 2.5f);
                }
                height = Math.max(height, h);
            }
            float top = y;
            float bottom = top - 22 - height - 4;
            for (int i = 0; i < boxes.size(); i++) {
                float x = MARGIN + i * (column + 10);
                text(labels.get(i), 7.5f, x + 6, top - 11);
                float line = top - 25;
                for (Line each : boxes.get(i)) {
                    for (String wrapped : wrap(each.text(), each.size(), column - 12)) {
                        text(wrapped, each.size(), x + 6, line);
                        line -= each.size() + 2.5f;
                    }
                }
                content.setLineWidth(0.6f);
                content.addRect(x, bottom, column, top - bottom);
                content.stroke();
            }
            y = bottom - 18;
        }

        private List<Line> pharmacyLines() {
            List<Line> lines = new ArrayList<>(List.of(new Line(sheet.pharmacyName(), 9.5f), new Line(sheet.pharmacyAddress(), 9.5f)));
            if (sheet.pharmacyPhone() != null) {
                lines.add(new Line("Tel. " + sheet.pharmacyPhone(), 9.5f));
            }
            return lines;
        }

        private void items() throws IOException {
            bold("Medication", 12, MARGIN, y);
            y -= 8;
            rule(y);
            y -= 16;
            int n = 1;
            for (MedicationItem item : sheet.items()) {
                List<String[]> fields = new ArrayList<>();
                fields.add(new String[] {"Dose", item.dose()});
                fields.add(new String[] {"Route", item.route()});
                fields.add(new String[] {"Frequency", item.frequency()});
                if (item.duration() != null) {
                    fields.add(new String[] {"Duration", item.duration()});
                }
                fields.add(new String[] {"Quantity to dispense", item.quantity()});
                if (item.instructions() != null) {
                    fields.add(new String[] {"Instructions", item.instructions()});
                }
                float needed = 20 + fields.size() * 13 + 20;
                if (y - needed < MARGIN + 60) {
                    content.close();
                    newPage();
                }
                bold(n + ".  " + item.label(), 11.5f, MARGIN, y);
                y -= 14;
                if (item.code() != null) {
                    text(item.code() + "  (" + item.codeSystem() + ")", 8, MARGIN + 18, y);
                    y -= 12;
                }
                for (String[] field : fields) {
                    text(field[0], 9, MARGIN + 18, y);
                    List<String> value = wrap(field[1], 10, WIDTH - 150);
                    for (String line : value) {
                        text(line, 10, MARGIN + 130, y);
                        y -= 13;
                    }
                }
                y -= 10;
                n++;
            }
        }

        private void closing() throws IOException {
            if (y < MARGIN + 90) {
                content.close();
                newPage();
            }
            rule(y);
            y -= 14;
            for (String line : wrap("Signed electronically by the prescriber (PAdES, advanced electronic signature); a printout "
                    + "is not a prescription. The QR code opens Vigil's verification of this document: " + sheet.verificationUrl(),
                    8.5f, WIDTH)) {
                text(line, 8.5f, MARGIN, y);
                y -= 11;
            }
        }

        private void footers() throws IOException {
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND,
                        true)) {
                    footer.beginText();
                    footer.setFont(font, 8);
                    footer.newLineAtOffset(MARGIN, MARGIN - 20);
                    footer.showText(printable(sheet.number() + "  ·  page " + (i + 1) + " of " + pages.size()));
                    footer.endText();
                }
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void rule(float at) throws IOException {
            content.setLineWidth(0.8f);
            content.moveTo(MARGIN, at);
            content.lineTo(MARGIN + WIDTH, at);
            content.stroke();
        }

        private void text(String text, float size, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text));
            content.endText();
        }

        /** Headings: the regular face filled and stroked thinly, as the PDF has no bold face to embed. */
        private void bold(String text, float size, float x, float baseline) throws IOException {
            content.setLineWidth(size / 35);
            content.beginText();
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text));
            content.setRenderingMode(RenderingMode.FILL);
            content.endText();
        }

        private void qr(String url, float x, float bottom) throws IOException {
            BitMatrix matrix;
            try {
                Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
                hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
                hints.put(EncodeHintType.MARGIN, 0);
                matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
            } catch (WriterException e) {
                throw new IllegalArgumentException("the verification URL does not fit a QR code", e);
            }
            float module = QR_SIZE / matrix.getWidth();
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        content.addRect(x + col * module, bottom + (matrix.getHeight() - 1 - row) * module, module, module);
                    }
                }
            }
            content.fill();
        }

        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : printable(text).split("\n")) {
                StringBuilder line = new StringBuilder();
                for (String word : words(paragraph, size, width)) {
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (font.getStringWidth(candidate) / 1000 * size <= width || line.length() == 0) {
                        line.setLength(0);
                        line.append(candidate);
                    } else {
                        lines.add(line.toString());
                        line.setLength(0);
                        line.append(word);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** The paragraph's words, each too long for a line (an id, a URL) cut into pieces that fit. */
        private List<String> words(String paragraph, float size, float width) throws IOException {
            List<String> words = new ArrayList<>();
            for (String word : paragraph.split(" ")) {
                while (font.getStringWidth(word) / 1000 * size > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && font.getStringWidth(word.substring(0, cut)) / 1000 * size > width) {
                        cut--;
                    }
                    words.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                words.add(word);
            }
            return words;
        }

        /** The text with every character the font cannot draw replaced by '?'. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                String one = new String(Character.toChars(c));
                try {
                    font.encode(one);
                    out.append(one);
                } catch (IOException | IllegalArgumentException e) {
                    out.append(c == '\n' ? "\n" : "?");
                }
            });
            return out.toString();
        }
    }
}
