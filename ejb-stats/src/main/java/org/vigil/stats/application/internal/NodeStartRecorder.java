package org.vigil.stats.application.internal;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.vigil.stats.application.BuildInfo;
import org.vigil.stats.domain.NodeStart;
import org.vigil.stats.domain.NodeStartRepository;

/** Records, once per deployment, that this node started the application. */
@Startup
@Singleton
public class NodeStartRecorder {

    @Inject
    NodeStartRepository starts;

    @PostConstruct
    void recordStart() {
        starts.store(new NodeStart(NodeName.current(), BuildInfo.load().version(), Instant.now(Clock.systemUTC())));
    }
}
