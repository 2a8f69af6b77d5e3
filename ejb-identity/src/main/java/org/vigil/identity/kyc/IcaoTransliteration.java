package org.vigil.identity.kyc;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A name as an MRZ writes it, per ICAO 9303 part 3, section 6 (transliteration of Latin letters with diacritics):
 * upper case A-Z, the filler {@code <} between name components (for a space or a hyphen), apostrophes and other
 * punctuation dropped. Where part 3 allows two forms (Ä as AE or A, Å as AA or A, Ö as OE or O, Ü as UE or U), every
 * form is returned, since the issuing state chooses; any other diacritic is dropped (É to E, Ñ to N, Č to C).
 */
public final class IcaoTransliteration {

    /** Letters part 3 writes with more than one character, first the recommended form, then the other it allows. */
    private static final Map<Character, List<String>> SPECIAL = Map.ofEntries(
            Map.entry('Ä', List.of("AE", "A")), Map.entry('Å', List.of("AA", "A")), Map.entry('Ö', List.of("OE", "O")),
            Map.entry('Ü', List.of("UE", "U")), Map.entry('Æ', List.of("AE")), Map.entry('Ø', List.of("OE")),
            Map.entry('Œ', List.of("OE")), Map.entry('ß', List.of("SS")), Map.entry('Þ', List.of("TH")),
            Map.entry('Ð', List.of("D")), Map.entry('Đ', List.of("D")), Map.entry('Ł', List.of("L")),
            Map.entry('Ħ', List.of("H")), Map.entry('Ĳ', List.of("IJ")), Map.entry('ı', List.of("I")));

    /** More forms than this (a name with many umlauts) are not enumerated further: the first forms are kept. */
    private static final int MAX_FORMS = 64;

    private IcaoTransliteration() {
    }

    /** @return each MRZ form of the name, the recommended one first; components separated by a single {@code <} */
    public static Set<String> forms(String name) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add("");
        String text = name == null ? "" : name.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            List<String> options = options(c);
            Set<String> next = new LinkedHashSet<>();
            for (String form : forms) {
                for (String option : options) {
                    if (next.size() < MAX_FORMS) {
                        next.add(form + option);
                    }
                }
            }
            forms = next;
        }
        Set<String> tidy = new LinkedHashSet<>();
        forms.forEach(f -> tidy.add(f.replaceAll("<+", "<").replaceAll("^<|<$", "")));
        return tidy;
    }

    private static List<String> options(char c) {
        char upper = Character.toUpperCase(c);
        if (SPECIAL.containsKey(upper)) {
            return SPECIAL.get(upper);
        }
        if (c == 'ß') {
            return SPECIAL.get('ß');
        }
        if (Character.isWhitespace(c) || c == '-' || c == '‐' || c == '–') {
            return List.of("<");
        }
        String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
        return List.of(plain.replaceAll("[^A-Z]", ""));
    }
}
