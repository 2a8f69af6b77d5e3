package org.vigil.identity.kyc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A machine-readable zone (ICAO 9303 parts 4 and 5) read and checked: a TD3 passport's two lines of 44 characters or a
 * TD1 card's three lines of 30. Every check digit must hold, the composite one too; a field's filler {@code <} is the
 * only separator.
 *
 * @param nameField the names as the MRZ writes them ({@code ERIKSSON<<ANNA<MARIA<<<}), for matching that knows truncation
 * @param text the MRZ's lines without line breaks
 */
public record Mrz(Format format, String documentCode, String issuingState, String documentNumber, String primaryIdentifier,
        List<String> secondaryIdentifiers, String nameField, String nationality, LocalDate birthDate, char sex,
        LocalDate expiryDate, String text) {

    /** The two sizes of eMRTD this server accepts. */
    public enum Format {
        TD1(3, 30), TD3(2, 44);

        private final int lines;
        private final int width;

        Format(int lines, int width) {
            this.lines = lines;
            this.width = width;
        }

        public int length() {
            return lines * width;
        }
    }

    private static final Pattern ALPHABET = Pattern.compile("[A-Z0-9<]+");

    public Mrz {
        secondaryIdentifiers = List.copyOf(secondaryIdentifiers);
    }

    /**
     * @param raw the MRZ as typed, scanned or read from DG1: lines with or without line breaks; surrounding blanks ignored
     * @param today for a two-digit birth year's century (never in the future)
     * @throws ChipCheckFailed {@link ChipCheck#MRZ_FORMAT} or {@link ChipCheck#MRZ_CHECK_DIGIT}
     */
    public static Mrz parse(String raw, LocalDate today) {
        String text = raw == null ? "" : raw.replaceAll("[\\r\\n\\s]", "");
        if (!ALPHABET.matcher(text).matches()) {
            throw new ChipCheckFailed(ChipCheck.MRZ_FORMAT, "the MRZ holds characters outside A-Z, 0-9 and <");
        }
        if (text.length() == Format.TD3.length() && text.startsWith("P")) {
            return td3(text, today);
        }
        if (text.length() == Format.TD1.length()) {
            return td1(text, today);
        }
        throw new ChipCheckFailed(ChipCheck.MRZ_FORMAT,
                "the MRZ has " + text.length() + " characters; a TD3 passport's has 88 (2 x 44), a TD1 card's 90 (3 x 30)");
    }

    private static Mrz td3(String t, LocalDate today) {
        String l1 = t.substring(0, 44);
        String l2 = t.substring(44);
        String number = checked(l2, 0, 9, "document number");
        LocalDate birth = date(checked(l2, 13, 6, "date of birth"), "date of birth", today, true);
        LocalDate expiry = date(checked(l2, 21, 6, "date of expiry"), "date of expiry", today, false);
        String personal = l2.substring(28, 42);
        char personalDigit = l2.charAt(42);
        boolean noPersonal = personal.chars().allMatch(c -> c == '<') && (personalDigit == '<' || personalDigit == '0');
        if (!noPersonal) {
            checked(l2, 28, 14, "personal number");
        }
        composite(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43), l2.charAt(43));
        String names = l1.substring(5);
        return new Mrz(Format.TD3, trim(l1.substring(0, 2)), trim(l1.substring(2, 5)), trim(number), primary(names),
                secondary(names), names, trim(l2.substring(10, 13)), birth, l2.charAt(20), expiry, t);
    }

    private static Mrz td1(String t, LocalDate today) {
        String l1 = t.substring(0, 30);
        String l2 = t.substring(30, 60);
        String l3 = t.substring(60);
        String number;
        if (l1.charAt(14) == '<' && l1.charAt(15) != '<') {
            // ICAO 9303 part 5, 4.2.4: a number longer than 9 goes on in the optional data, its check digit last
            int end = l1.indexOf('<', 15);
            end = end < 0 ? 30 : end;
            String rest = l1.substring(15, end - 1);
            number = l1.substring(5, 14) + rest;
            expect(number, l1.charAt(end - 1), "document number");
        } else {
            number = checked(l1, 5, 9, "document number");
        }
        LocalDate birth = date(checked(l2, 0, 6, "date of birth"), "date of birth", today, true);
        LocalDate expiry = date(checked(l2, 8, 6, "date of expiry"), "date of expiry", today, false);
        composite(l1.substring(5) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29), l2.charAt(29));
        return new Mrz(Format.TD1, trim(l1.substring(0, 2)), trim(l1.substring(2, 5)), trim(number), primary(l3),
                secondary(l3), l3, trim(l2.substring(15, 18)), birth, l2.charAt(7), expiry, t);
    }

    /** The document number and both dates with their check digits: what BAC derives its keys from. */
    public String bacFields() {
        return documentNumber + "/" + birthDate + "/" + expiryDate;
    }

    /** Whether the names field is full to its last character, so that ICAO 9303 may have truncated the names. */
    public boolean namesMayBeTruncated() {
        return nameField.charAt(nameField.length() - 1) != '<';
    }

    private static String checked(String line, int from, int length, String what) {
        String field = line.substring(from, from + length);
        expect(field, line.charAt(from + length), what);
        return field;
    }

    private static void expect(String field, char digit, String what) {
        char expected = MrzCheckDigits.of(field);
        if (digit != expected) {
            throw new ChipCheckFailed(ChipCheck.MRZ_CHECK_DIGIT,
                    "the check digit of the " + what + " is " + digit + ", ICAO 9303 gives " + expected);
        }
    }

    private static void composite(String fields, char digit) {
        expect(fields, digit, "whole MRZ (composite)");
    }

    private static LocalDate date(String yymmdd, String what, LocalDate today, boolean past) {
        try {
            int yy = Integer.parseInt(yymmdd.substring(0, 2));
            int year = 2000 + yy;
            if (past ? year > today.getYear() : year > today.getYear() + 50) {
                year -= 100;
            }
            return LocalDate.of(year, Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (NumberFormatException | DateTimeException e) {
            throw new ChipCheckFailed(ChipCheck.MRZ_FORMAT, "the " + what + " " + yymmdd + " is not a date");
        }
    }

    private static String primary(String names) {
        int split = names.indexOf("<<");
        return trim(split < 0 ? names : names.substring(0, split)).replace('<', ' ');
    }

    private static List<String> secondary(String names) {
        int split = names.indexOf("<<");
        if (split < 0) {
            return List.of();
        }
        return Arrays.stream(names.substring(split + 2).split("<")).filter(s -> !s.isEmpty()).toList();
    }

    private static String trim(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        return field.substring(0, end);
    }
}
