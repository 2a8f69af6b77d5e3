package org.vigil.api.fhir;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * A search's answer: a {@code searchset} Bundle with full URLs; a {@code self} link that says what
 * was run, {@code first} and {@code next} links that page on. There is no {@code previous} link:
 * pages are chained by signed forward-only tokens (a position in the store, never an offset), and
 * FHIR makes {@code previous} optional. {@code total} is given when the caller knows it.
 */
final class SearchBundles {

    static final String PAGE_TOKEN = "_page_token";

    private SearchBundles() {
    }

    static Bundle searchset(UriInfo uri, SearchParameters parameters, List<? extends Resource> resources, Optional<String> nextPageToken,
                            OptionalLong total) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addLink().setRelation("self").setUrl(parameters.url(uri, parameters.pageToken()));
        bundle.addLink().setRelation("first").setUrl(parameters.url(uri, Optional.empty()));
        nextPageToken.ifPresent(token -> bundle.addLink().setRelation("next").setUrl(parameters.url(uri, Optional.of(token))));
        for (Resource r : resources) {
            bundle.addEntry().setFullUrl(uri.getBaseUri().resolve(r.fhirType() + "/" + r.getIdElement().getIdPart()).toString())
                    .setResource(r).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        total.ifPresent(t -> bundle.setTotal(Math.toIntExact(Math.min(t, Integer.MAX_VALUE))));
        return bundle;
    }

    /** The total a search knows without counting: the size of its only page. */
    static OptionalLong whenOnePage(SearchParameters parameters, List<?> resources, Optional<String> nextPageToken) {
        return nextPageToken.isEmpty() && parameters.pageToken().isEmpty() ? OptionalLong.of(resources.size()) : OptionalLong.empty();
    }
}
