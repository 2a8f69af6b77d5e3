package org.vigil.stats.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A server node started the application: where that node's uptime begins, and which version
 * of Vigil it ran from then on.
 */
@Entity
@Table(name = "stats_node_start")
public class NodeStart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "node_name", nullable = false)
    private String nodeName;

    @Column(nullable = false, length = 64)
    private String version;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected NodeStart() {
        // for JPA
    }

    public NodeStart(String nodeName, String version, Instant startedAt) {
        this.nodeName = nodeName;
        this.version = version;
        this.startedAt = startedAt;
    }

    public String nodeName() {
        return nodeName;
    }

    public String version() {
        return version;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
