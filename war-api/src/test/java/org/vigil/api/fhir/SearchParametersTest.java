package org.vigil.api.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchParametersTest {

    private final Map<String, List<String>> given = new LinkedHashMap<>(Map.of("patient", List.of("p1")));

    @Test
    void unknownParametersAreDroppedLenientlyAndRefusedStrictly() {
        given.put("flavour", List.of("mint"));

        SearchParameters lenient = new SearchParameters(given, Optional.empty(), Set.of("patient"));

        assertThat(lenient.first("flavour")).isEmpty();
        assertThat(lenient.first("patient")).contains("p1");
        assertThatThrownBy(() -> new SearchParameters(given, Optional.of("return=minimal, handling=strict"), Set.of("patient")))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("flavour");
        assertThat(new SearchParameters(given, Optional.of("handling=lenient"), Set.of("patient")).first("flavour")).isEmpty();
    }

    @Test
    void aParameterTheSearchCouldNotApplyFollowsTheSameRule() {
        given.put("_sort", List.of("-date"));
        SearchParameters lenient = new SearchParameters(given, Optional.empty(), Set.of("patient", "_sort"));
        SearchParameters strict = new SearchParameters(given, Optional.of("handling=strict"), Set.of("patient", "_sort"));

        lenient.notApplied("_sort", "not so");

        assertThat(lenient.first("_sort")).isEmpty();
        assertThatThrownBy(() -> strict.notApplied("_sort", "not so")).isInstanceOf(InvalidSearchException.class);
    }
}
