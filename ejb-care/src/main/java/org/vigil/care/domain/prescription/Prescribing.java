package org.vigil.care.domain.prescription;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a prescription must hold before it can be signed: one to {@value #MAX_ITEMS} items, each
 * with medication, dose, route, frequency and quantity (strength, duration, a code and instructions
 * optional, a code only with its system), text of bounded length without control characters, and
 * a validity of at most {@link #LONGEST_VALIDITY} that has not ended. Without dates a prescription
 * is valid from now for {@link #DEFAULT_VALIDITY}.
 */
public final class Prescribing {

    public static final int MAX_ITEMS = 10;
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(28);
    public static final Duration LONGEST_VALIDITY = Duration.ofDays(366);

    private Prescribing() {
    }

    public static List<MedicationItem> items(List<MedicationItem> items) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new InvalidPrescriptionException("A prescription has 1 to " + MAX_ITEMS + " items.");
        }
        for (int i = 0; i < items.size(); i++) {
            MedicationItem item = items.get(i);
            String at = "items[" + i + "].";
            required(at + "medication", item.medication(), 200);
            optional(at + "code", item.code(), 64);
            optional(at + "codeSystem", item.codeSystem(), 200);
            if ((item.code() == null) != (item.codeSystem() == null)) {
                throw new InvalidPrescriptionException(at + "code and " + at + "codeSystem go together.");
            }
            optional(at + "strength", item.strength(), 100);
            required(at + "dose", item.dose(), 100);
            required(at + "route", item.route(), 60);
            required(at + "frequency", item.frequency(), 100);
            optional(at + "duration", item.duration(), 100);
            required(at + "quantity", item.quantity(), 100);
            optional(at + "instructions", item.instructions(), 500);
        }
        return List.copyOf(items);
    }

    public static Validity validity(Instant from, Instant until, Instant now) {
        Instant start = from == null ? now : from;
        Instant end = until == null ? start.plus(DEFAULT_VALIDITY) : until;
        if (!end.isAfter(start)) {
            throw new InvalidPrescriptionException("validUntil must be after validFrom.");
        }
        if (Duration.between(start, end).compareTo(LONGEST_VALIDITY) > 0) {
            throw new InvalidPrescriptionException("A prescription is valid for at most " + LONGEST_VALIDITY.toDays() + " days.");
        }
        if (!end.isAfter(now)) {
            throw new InvalidPrescriptionException("The validity ends before now.");
        }
        return new Validity(start, end);
    }

    /** A reason someone gives (a rejection, a cancellation): required, at most 2000 characters. */
    public static String reason(String reason) {
        return required("reason", reason, 2000);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidPrescriptionException(field + " is required.");
        }
        return optional(field, value, max);
    }

    private static String optional(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max || value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InvalidPrescriptionException(field + " has at most " + max + " characters and no control characters.");
        }
        return value;
    }
}
