package org.vigil.admin.ui;

import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Small text helpers for the pages. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    /** An instant to the second, in UTC; empty as a dash. */
    public String time(java.time.Instant t) {
        return t == null ? "\u2014" : TIME.format(t);
    }

    /** A set of names as {@code a, b, c} in their sorted order; empty as a dash. */
    public String join(Collection<?> values) {
        return values == null || values.isEmpty() ? "\u2014"
                : values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
}
