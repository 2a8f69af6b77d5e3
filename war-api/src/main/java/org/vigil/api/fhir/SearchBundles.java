package org.vigil.api.fhir;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** A search's answer: a {@code searchset} Bundle with full URLs, and {@code self}/{@code next} links that page on. */
final class SearchBundles {

    static final String PAGE_TOKEN = "_page_token";

    private SearchBundles() {
    }

    static Bundle searchset(UriInfo uri, List<? extends Resource> resources, Optional<String> nextPageToken) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        nextPageToken.ifPresent(token -> bundle.addLink().setRelation("next")
                .setUrl(uri.getRequestUriBuilder().replaceQueryParam(PAGE_TOKEN, token).build().toString()));
        for (Resource r : resources) {
            bundle.addEntry().setFullUrl(uri.getBaseUri().resolve(r.fhirType() + "/" + r.getIdElement().getIdPart()).toString())
                    .setResource(r).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        if (nextPageToken.isEmpty() && uri.getQueryParameters().getFirst(PAGE_TOKEN) == null) {
            bundle.setTotal(resources.size());
        }
        return bundle;
    }
}
