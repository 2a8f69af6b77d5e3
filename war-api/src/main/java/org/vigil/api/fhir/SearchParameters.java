package org.vigil.api.fhir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * The parameters of one search and which of them the server applied. FHIR lets a server ignore a
 * parameter it does not support unless the client asked {@code Prefer: handling=strict}; then it
 * must refuse with a 400. Either way the Bundle's {@code self} link names only the parameters that
 * were applied, so a client can tell what it got.
 */
final class SearchParameters {

    /** Understood by every search: the page size and the server's page token. */
    private static final Set<String> PAGING = Set.of("_count", SearchBundles.PAGE_TOKEN);

    private final Map<String, List<String>> applied = new LinkedHashMap<>();
    private final boolean strict;

    SearchParameters(Map<String, List<String>> given, Optional<String> prefer, Set<String> understood) {
        this.strict = prefer.map(SearchParameters::asksForStrictHandling).orElse(false);
        given.forEach((name, values) -> applied.put(name, List.copyOf(values)));
        for (String name : new ArrayList<>(applied.keySet())) {
            if (!understood.contains(name) && !PAGING.contains(name)) {
                notApplied(name, "Vigil does not search by " + name + "; it understands " + String.join(", ", understood) + ".");
            }
        }
    }

    static SearchParameters of(UriInfo uri, HttpHeaders headers, Set<String> understood) {
        return new SearchParameters(uri.getQueryParameters(), Optional.ofNullable(headers.getHeaderString("Prefer")), understood);
    }

    /** Takes {@code name} out of what was applied, or refuses the search when the client asked for strict handling. */
    void notApplied(String name, String why) {
        if (strict) {
            throw new InvalidSearchException(why + " (asked with Prefer: handling=strict)");
        }
        applied.remove(name);
    }

    /** The single value of a parameter still applied; a repeated one counts as its first. */
    Optional<String> first(String name) {
        return Optional.ofNullable(applied.get(name)).filter(v -> !v.isEmpty()).map(v -> v.get(0));
    }

    /**
     * The request as it was run: the path with the applied parameters only (by name, so every page
     * of a search spells them alike), the page token set to {@code pageToken} or left out.
     */
    String url(UriInfo uri, Optional<String> pageToken) {
        StringJoiner query = new StringJoiner("&");
        new TreeMap<>(applied).forEach((name, values) -> {
            if (!name.equals(SearchBundles.PAGE_TOKEN)) {
                values.forEach(v -> query.add(encode(name) + "=" + encode(v)));
            }
        });
        pageToken.ifPresent(token -> query.add(SearchBundles.PAGE_TOKEN + "=" + encode(token)));
        String path = uri.getAbsolutePath().toString();
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** The page token this request was run with, if any. */
    Optional<String> pageToken() {
        return first(SearchBundles.PAGE_TOKEN);
    }

    private static boolean asksForStrictHandling(String prefer) {
        for (String preference : prefer.split("[,;]")) {
            if (preference.trim().replace(" ", "").equalsIgnoreCase("handling=strict")) {
                return true;
            }
        }
        return false;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
