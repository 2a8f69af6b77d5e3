package org.vigil.stats.domain.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.stats.domain.fleet.Metric;

class RollupTest {

    static Bucket minute(String device, String at, long count, double sum, double min, double max, double last) {
        return new Bucket(device, Metric.OUTBOX_DEPTH, Resolution.MINUTE, Instant.parse(at), count, sum, min, max, last);
    }

    @Test
    void minutesFoldIntoTheirHourKeepingCountsSumsExtremesAndTheLatestValue() {
        List<Bucket> hours = Rollup.of(List.of(
                minute("gw", "2026-12-04T10:59:00Z", 1, 7, 7, 7, 7),
                minute("gw", "2026-12-04T10:05:00Z", 2, 30, 10, 20, 20),
                minute("gw", "2026-12-04T10:30:00Z", 1, 5, 5, 5, 5),
                minute("gw", "2026-12-04T11:00:00Z", 1, 1, 1, 1, 1),
                minute("other", "2026-12-04T10:10:00Z", 1, 3, 3, 3, 3)), Resolution.HOUR);

        assertThat(hours).containsExactlyInAnyOrder(
                new Bucket("gw", Metric.OUTBOX_DEPTH, Resolution.HOUR, Instant.parse("2026-12-04T10:00:00Z"), 4, 42, 5, 20, 7),
                new Bucket("gw", Metric.OUTBOX_DEPTH, Resolution.HOUR, Instant.parse("2026-12-04T11:00:00Z"), 1, 1, 1, 1, 1),
                new Bucket("other", Metric.OUTBOX_DEPTH, Resolution.HOUR, Instant.parse("2026-12-04T10:00:00Z"), 1, 3, 3, 3, 3));
        assertThat(hours.get(0).mean()).isEqualTo(10.5);
    }

    @Test
    void resolutionsCutTimeAtTheirBoundaries() {
        Instant t = Instant.parse("2026-12-04T10:37:42.5Z");
        assertThat(Resolution.MINUTE.bucketOf(t)).isEqualTo(Instant.parse("2026-12-04T10:37:00Z"));
        assertThat(Resolution.HOUR.bucketOf(t)).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
        assertThat(Resolution.DAY.bucketOf(t)).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(Resolution.MINUTE.coarser()).isEqualTo(Resolution.HOUR);
        assertThat(Resolution.DAY.coarser()).isNull();
    }
}
