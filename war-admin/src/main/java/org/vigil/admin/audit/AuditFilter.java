package org.vigil.admin.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.vigil.identity.application.InvalidFieldException;

/**
 * What an admin searches the audit trail for: a person (account id), a patient (patient id), an
 * action or its first part, and days (UTC, both inclusive). Built from the page's fields or the
 * export's query parameters alike, and refused whole when a part is malformed.
 */
public record AuditFilter(Optional<UUID> person, Optional<UUID> patient, Optional<String> action, Optional<LocalDate> fromDay,
                          Optional<LocalDate> toDay) {

    public AuditFilter {
        action = action.map(String::strip).filter(a -> !a.isEmpty());
        if (action.isPresent() && !action.get().matches("[a-z0-9.:-]{1,64}")) {
            throw new InvalidFieldException("action", "lower-case letters, digits, dots, colons and dashes, as actions are named");
        }
        if (fromDay.isPresent() && toDay.isPresent() && toDay.get().isBefore(fromDay.get())) {
            throw new InvalidFieldException("to", "on or after the first day");
        }
    }

    public static AuditFilter parse(String person, String patient, String action, String from, String to) {
        return new AuditFilter(uuid("person", person), uuid("patient", patient), Optional.ofNullable(action), day("from", from),
                day("to", to));
    }

    public Optional<Instant> from() {
        return fromDay.map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Exclusive: the start of the day after the last one. */
    public Optional<Instant> to() {
        return toDay.map(d -> d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The filter as query parameters (for the export links) and as the audit record of a search. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        person.ifPresent(v -> p.put("person", v.toString()));
        patient.ifPresent(v -> p.put("patient", v.toString()));
        action.ifPresent(v -> p.put("action", v));
        fromDay.ifPresent(v -> p.put("from", v.toString()));
        toDay.ifPresent(v -> p.put("to", v.toString()));
        return p;
    }

    private static Optional<UUID> uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "an id (UUID)");
        }
    }

    private static Optional<LocalDate> day(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidFieldException(field, "a day as YYYY-MM-DD");
        }
    }
}
