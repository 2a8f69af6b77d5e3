package org.vigil.identity.kyc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which documents an installation takes for level 2: document types by the first letter of the MRZ's document code
 * (ICAO 9303: {@code P} passports; {@code I}, {@code A}, {@code C} identity cards) and issuing states (ICAO three-letter
 * codes; none listed means any state whose CSCA is trusted).
 */
public record DocumentPolicy(Set<String> documentTypes, Set<String> issuingStates) {

    public DocumentPolicy {
        documentTypes = Set.copyOf(documentTypes);
        issuingStates = Set.copyOf(issuingStates);
    }

    /** @param types comma-separated, e.g. {@code P,I}; @param states comma-separated, empty for any */
    public static DocumentPolicy parse(String types, String states) {
        return new DocumentPolicy(list(types), list(states));
    }

    private static Set<String> list(String text) {
        return text == null ? Set.of() : Arrays.stream(text.split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** @throws ChipCheckFailed {@link ChipCheck#DOCUMENT_NOT_ACCEPTED} */
    public void require(Mrz mrz) {
        String type = mrz.documentCode().substring(0, 1);
        if (!documentTypes.contains(type)) {
            throw new ChipCheckFailed(ChipCheck.DOCUMENT_NOT_ACCEPTED,
                    "documents of type " + mrz.documentCode() + " are not accepted here (accepted: " + new TreeSet<>(documentTypes) + ")");
        }
        if (!issuingStates.isEmpty() && !issuingStates.contains(mrz.issuingState())) {
            throw new ChipCheckFailed(ChipCheck.DOCUMENT_NOT_ACCEPTED, "documents issued by " + mrz.issuingState() + " are not accepted here");
        }
    }
}
