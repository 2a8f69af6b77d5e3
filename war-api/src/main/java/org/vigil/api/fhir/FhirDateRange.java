package org.vigil.api.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code date} parameters of a search as one half-open range [{@code from}, {@code to}). Each
 * value is a FHIR date or dateTime with an optional prefix ({@code eq} by default, {@code ge},
 * {@code gt}, {@code le}, {@code lt}) and means the whole span of its precision: {@code le2026-11-24}
 * includes the whole of that day. Dates are UTC days, and a dateTime without a time zone is read in
 * UTC as well: FHIR's search rules say to assume the server's time zone, and Vigil's is UTC.
 */
record FhirDateRange(Instant from, Instant to) {

    /** Before any vitals Vigil can hold, and after any it will: the range of a search without dates. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2999-01-01T00:00:00Z");

    static FhirDateRange parse(List<String> values) {
        Instant from = EARLIEST;
        Instant to = LATEST;
        for (String value : values) {
            String prefix = value.length() > 2 && Character.isLetter(value.charAt(0)) ? value.substring(0, 2) : "eq";
            Span span = span(prefix.equals("eq") && !value.startsWith("eq") ? value : value.substring(2));
            switch (prefix) {
                case "eq" -> {
                    from = later(from, span.start);
                    to = earlier(to, span.end);
                }
                case "ge" -> from = later(from, span.start);
                case "gt" -> from = later(from, span.end);
                case "le" -> to = earlier(to, span.end);
                case "lt" -> to = earlier(to, span.start);
                default -> throw new InvalidSearchException("The date prefix " + prefix + " is not supported; use eq, ge, gt, le or lt.");
            }
        }
        return new FhirDateRange(from, to);
    }

    /** {@code yyyy-mm-ddThh:mm}, then optional seconds, fraction and zone: what FHIR's search accepts for a dateTime. */
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})(:\\d{2})?(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})?");

    private record Span(Instant start, Instant end) {
    }

    private static Span span(String value) {
        try {
            if (value.matches("\\d{4}")) {
                LocalDate start = LocalDate.of(Integer.parseInt(value), 1, 1);
                return new Span(utc(start), utc(start.plusYears(1)));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(value);
                return new Span(utc(month.atDay(1)), utc(month.plusMonths(1).atDay(1)));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return new Span(utc(day), utc(day.plusDays(1)));
            }
            Matcher m = DATE_TIME.matcher(value);
            if (!m.matches()) {
                throw new InvalidSearchException("The date " + value + " is no FHIR date or dateTime.");
            }
            String zone = m.group(4) == null ? "Z" : m.group(4);
            String seconds = m.group(2) == null ? ":00" : m.group(2);
            Instant t = OffsetDateTime.parse(m.group(1) + seconds + (m.group(3) == null ? "" : m.group(3)) + zone).toInstant();
            ChronoUnit precision = m.group(3) != null ? ChronoUnit.MILLIS : m.group(2) != null ? ChronoUnit.SECONDS : ChronoUnit.MINUTES;
            return new Span(t, t.truncatedTo(precision).plus(1, precision));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidSearchException("The date " + value + " is no FHIR date or dateTime.");
        }
    }

    private static Instant utc(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
