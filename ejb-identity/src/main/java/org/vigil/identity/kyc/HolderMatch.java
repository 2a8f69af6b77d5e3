package org.vigil.identity.kyc;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Whether the document names the account's holder. The account's names are transliterated as ICAO 9303 part 3 does
 * ({@link IcaoTransliteration}) and compared with the MRZ's; the only tolerances are these:
 * <ul>
 * <li>each form part 3 allows for a letter (Ä as AE or A, ...) is accepted;</li>
 * <li>the account's first name may be the document's first given name(s) only (ANNA for ANNA MARIA), never another;</li>
 * <li>when the MRZ's names field is full to its last character (ICAO truncates long names there), the MRZ's names may
 * be a prefix of the account's, cut where the field ends.</li>
 * </ul>
 * The surname always matches in full; case, spaces and hyphens do not matter. The birth date must be equal when the
 * account holds one.
 */
public final class HolderMatch {

    private HolderMatch() {
    }

    /** @throws ChipCheckFailed {@link ChipCheck#HOLDER_MISMATCH}, saying which of names and birth date differs */
    public static void require(Mrz document, String firstName, String lastName, LocalDate accountBirthDate) {
        if (!namesMatch(document, firstName, lastName)) {
            throw new ChipCheckFailed(ChipCheck.HOLDER_MISMATCH, "the document's holder " + document.primaryIdentifier() + ", "
                    + String.join(" ", document.secondaryIdentifiers()) + " is not the account's holder");
        }
        if (accountBirthDate != null && !accountBirthDate.equals(document.birthDate())) {
            throw new ChipCheckFailed(ChipCheck.HOLDER_MISMATCH, "the document's date of birth differs from the account's");
        }
    }

    static boolean namesMatch(Mrz document, String firstName, String lastName) {
        List<String> docSurname = Arrays.asList(document.primaryIdentifier().split(" "));
        List<String> docGiven = document.secondaryIdentifiers();
        for (String surname : IcaoTransliteration.forms(lastName)) {
            for (String given : IcaoTransliteration.forms(firstName)) {
                if (surname.isEmpty()) {
                    continue;
                }
                List<String> s = Arrays.asList(surname.split("<"));
                List<String> g = given.isEmpty() ? List.of() : Arrays.asList(given.split("<"));
                if (s.equals(docSurname) && !g.isEmpty() && g.size() <= docGiven.size() && docGiven.subList(0, g.size()).equals(g)) {
                    return true;
                }
                if (document.namesMayBeTruncated()) {
                    String field = (surname + "<<" + given);
                    if (field.length() > document.nameField().length()
                            && field.startsWith(document.nameField())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
