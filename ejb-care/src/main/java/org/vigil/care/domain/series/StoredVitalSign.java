package org.vigil.care.domain.series;

import org.vigil.care.domain.observation.VitalSign;

/** A stored value with its row id, the tie-breaker of page positions. */
public record StoredVitalSign(long rowId, VitalSign sign) {
}
