package org.vigil.client.gateway.health;

import java.io.IOException;

import org.vigil.client.gateway.upload.TokenSource;
import org.vigil.client.sdk.stats.StatsClient;
import org.vigil.client.sdk.stats.StatsRefusedException;

/**
 * Every period: the gateway's health to its log (for {@code journalctl}) and to the stats server
 * with the gateway's own token (a refused token is renewed once). A report that does not arrive
 * is not kept: the next one says the same, newer.
 */
public final class HealthReporter {

    private static final System.Logger LOG = System.getLogger(HealthReporter.class.getName());

    private final HealthMonitor monitor;
    private final StatsClient stats;
    private final TokenSource tokens;

    public HealthReporter(HealthMonitor monitor, StatsClient stats, TokenSource tokens) {
        this.monitor = monitor;
        this.stats = stats;
        this.tokens = tokens;
    }

    /** Logs and sends one report; never throws, so a scheduler that runs it keeps running it. */
    public void report() {
        monitor.log();
        try {
            String json = monitor.report().toJson();
            String token = tokens.accessToken();
            try {
                stats.report(token, json);
            } catch (StatsRefusedException e) {
                if (!e.tokenRefused()) {
                    throw e;
                }
                stats.report(tokens.renew(token), json);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "health report not delivered: {0}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
