package org.vigil.it.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** The benchmarks' percentiles: the sample below which a share of all samples fall, without interpolation. */
final class Percentiles {

    private Percentiles() {
    }

    static List<Long> sorted(Collection<Long> samples) {
        List<Long> copy = new ArrayList<>(samples);
        Collections.sort(copy);
        return copy;
    }

    /** @return the sample at share {@code p} (0.5: the median) of {@code sorted}, or 0 when there is none */
    static long of(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
}
