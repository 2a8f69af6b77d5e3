package org.vigil.stats.application.internal;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.stats.domain.fleet.DeviceKind;
import org.vigil.stats.domain.fleet.DeviceReport;
import org.vigil.stats.domain.fleet.Metric;

/** Records this node's own figures as the latest state of the device {@code server:<node>}. */
@Stateless
public class ServerSampler {

    @Inject
    FleetRecorder recorder;

    public void sample(Map<Metric, Double> figures) {
        Instant now = Instant.now();
        String json = figures.entrySet().stream().map(e -> "\"" + e.getKey().key() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        recorder.record(new DeviceReport("server:" + NodeName.current(), DeviceKind.SERVER, now, now, figures, json));
    }
}
