package org.vigil.stats.application;

import java.time.Instant;

/**
 * What the running system says about itself: safe to show to anyone who can reach it.
 *
 * @param version       Vigil's version
 * @param buildTime     when this build was made
 * @param database      the database product the server talks to, e.g. "H2" or "PostgreSQL"
 * @param databaseVersion that product's version
 * @param node          the server node that answered
 * @param startedAt     when that node started the application
 * @param starts        how many times that node has started it
 */
public record SystemInfo(String version, Instant buildTime, String database, String databaseVersion,
                         String node, Instant startedAt, long starts) {
}
