package org.vigil.api.fhir;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Observation;

/**
 * {@code _sort} on an Observation search, where it can be honoured. The store pages each stream
 * (one code) oldest first, one stream after the other: so {@code date} holds across pages for a
 * single stream, and either direction holds for a result that fits on one page, sorted here. A
 * search over several streams and several pages cannot be sorted without merging the streams'
 * positions into the page token; there the sort is not applied (and refused under strict handling).
 */
final class ObservationDateSort {

    private static final Comparator<Observation> BY_DATE = Comparator.comparing(o -> o.getEffectiveDateTimeType().getValue());

    private ObservationDateSort() {
    }

    /** The page in the order asked, or empty when this search cannot be given that order. */
    static Optional<List<Observation>> sorted(String sort, List<Observation> page, int streams, boolean wholeResultOnOnePage) {
        if (sort.equals("date") && (streams <= 1 || wholeResultOnOnePage)) {
            return Optional.of(page.stream().sorted(BY_DATE).toList());
        }
        if (sort.equals("-date") && wholeResultOnOnePage) {
            return Optional.of(page.stream().sorted(BY_DATE.reversed()).toList());
        }
        return Optional.empty();
    }
}
