package org.vigil.care.domain.prescription;

import java.time.Instant;

/** From when until when a prescription may be dispensed. */
public record Validity(Instant from, Instant until) {

    public boolean expiredAt(Instant now) {
        return now.isAfter(until);
    }

    public boolean coversAt(Instant now) {
        return !now.isBefore(from) && !expiredAt(now);
    }
}
