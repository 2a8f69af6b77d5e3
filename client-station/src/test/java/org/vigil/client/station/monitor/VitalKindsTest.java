package org.vigil.client.station.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class VitalKindsTest {

    @Test
    void manualValuesOutsideThePhysicalRangeAreRefusedInWords() {
        assertThat(VitalKinds.checkManual("respiratory-rate", "16")).isEmpty();
        assertThat(VitalKinds.checkManual("respiratory-rate", "95")).hasValueSatisfying(m -> assertThat(m)
                .isEqualTo("Resp. rate 95 /min is not physically possible (2–80 /min). Nothing was saved."));
        assertThat(VitalKinds.checkManual("spo2", "abc")).hasValueSatisfying(m -> assertThat(m).contains("is not a number"));
        assertThat(VitalKinds.checkManual("spo2", "101")).isPresent();
    }

    @Test
    void agesReadLikeANurseSaysThem() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        assertThat(Ages.since(now.minusSeconds(12), now)).isEqualTo("12 s ago");
        assertThat(Ages.since(now.minusSeconds(190), now)).isEqualTo("3 min ago");
        assertThat(Ages.since(now.minusSeconds(7300), now)).isEqualTo("2 h ago");
    }
}
