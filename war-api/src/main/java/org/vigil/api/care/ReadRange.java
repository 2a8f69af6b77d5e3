package org.vigil.api.care;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The measurement time range of a read, [{@code from}, {@code to}): ISO-8601 instants; {@code to}
 * defaults to now and {@code from} to a day before {@code to}.
 */
record ReadRange(Instant from, Instant to) {

    static final Duration DEFAULT_SPAN = Duration.ofDays(1);

    static ReadRange parse(String from, String to) {
        Instant end = to == null ? Instant.now() : instant("to", to);
        Instant start = from == null ? end.minus(DEFAULT_SPAN) : instant("from", from);
        if (!start.isBefore(end)) {
            throw new InvalidReadParameterException("from must be before to.");
        }
        return new ReadRange(start, end);
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidReadParameterException(name + " must be an ISO-8601 instant such as 2026-11-24T08:00:00Z.");
        }
    }
}
