package org.vigil.stats.domain;

import java.util.Optional;

public interface NodeStartRepository {

    void store(NodeStart start);

    Optional<NodeStart> latest(String nodeName);

    long countFor(String nodeName);
}
