package org.vigil.stats.domain.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigil.stats.domain.fleet.Metric;

/** Folds finer buckets into the coarser resolution: counts and sums add, extremes stay, the last value is the latest bucket's. */
public final class Rollup {

    private Rollup() {
    }

    private record Key(String deviceId, Metric metric, java.time.Instant start) {
    }

    public static List<Bucket> of(List<Bucket> finer, Resolution target) {
        Map<Key, List<Bucket>> groups = new LinkedHashMap<>();
        finer.stream().sorted(Comparator.comparing(Bucket::start)).forEach(b ->
                groups.computeIfAbsent(new Key(b.deviceId(), b.metric(), target.bucketOf(b.start())), k -> new ArrayList<>()).add(b));
        List<Bucket> coarse = new ArrayList<>();
        groups.forEach((key, buckets) -> coarse.add(new Bucket(key.deviceId(), key.metric(), target, key.start(),
                buckets.stream().mapToLong(Bucket::count).sum(), buckets.stream().mapToDouble(Bucket::sum).sum(),
                buckets.stream().mapToDouble(Bucket::min).min().orElseThrow(), buckets.stream().mapToDouble(Bucket::max).max().orElseThrow(),
                buckets.get(buckets.size() - 1).last())));
        return coarse;
    }
}
