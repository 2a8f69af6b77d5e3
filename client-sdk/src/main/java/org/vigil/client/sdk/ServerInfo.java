package org.vigil.client.sdk;

import java.time.Instant;

/** What a Vigil server says about itself at {@code GET /api/v1/info}. */
public record ServerInfo(String version, Instant buildTime, String database, String databaseVersion,
                         String node, Instant startedAt, long starts) {
}
