package org.vigil.it.support;

import java.util.HashMap;
import java.util.Map;

import org.vigil.testsupport.PostgresServer;

/**
 * Everything one test run needs around the server: the database (when it is not the embedded
 * H2), an SMTP server, and the server itself. Started once, on first use, and stopped when the run ends.
 */
public final class VigilSystem implements AutoCloseable {

    /** The bootstrap admin client's secret for this run. */
    /** Authorization codes live this long in the tests (60 s by default). */
    public static final int CODE_LIFETIME_SECONDS = 8;

    /** Random, as the server demands of a chosen admin secret. */
    public static final String ADMIN_CLIENT_SECRET = randomSecret();
    /** The console client's secret for this run (WildFly's OIDC client and the registration share it). */
    public static final String CONSOLE_CLIENT_SECRET = randomSecret();

    private final WildFlyServer server;
    private final PostgresServer postgres;
    private final MailCatcher mail;

    /** How long an alert waits for an acknowledgement before it escalates, in the tests' server. */
    public static final int ESCALATION_SECONDS = 10;
    /** How many messages a station may be behind in the tests' server before it is told to reconnect. */
    public static final int STATION_BACKLOG = 20;
    /** How long a gateway may stay silent before the tests' server raises "gateway offline" (15 minutes by default). */
    public static final int GATEWAY_OFFLINE_SECONDS = 8;
    /** coturn's static-auth-secret; the coturn a call test starts on {@link #turnPort} shares it with the server. */
    public static final String TURN_SECRET = randomSecret();
    /** How long a call rings before it is missed. */
    public static final int CALL_RING_SECONDS = 4;
    /** How long after expiry the tests' server keeps a push message (a week by default). */
    public static final int PUSH_RETENTION_SECONDS = 6;

    private VigilSystem(WildFlyServer server, PostgresServer postgres, MailCatcher mail) {
        this.server = server;
        this.postgres = postgres;
        this.mail = mail;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The UDP/TCP port of the tests' TURN server, moved with the server's ports. */
    public static int turnPort(ItSettings settings) {
        return 3478 + settings.portOffset();
    }

    public static VigilSystem start(ItSettings settings) {
        Map<String, String> env = new HashMap<>();
        MailCatcher mail = MailCatcher.start(2525 + settings.portOffset());
        env.put("VIGIL_SMTP_HOST", "127.0.0.1");
        env.put("VIGIL_SMTP_PORT", Integer.toString(mail.port()));
        env.put("VIGIL_ISSUER", "http://localhost:" + settings.httpPort());
        env.put("VIGIL_ADMIN_CLIENT_SECRET", ADMIN_CLIENT_SECRET);
        env.put("VIGIL_CONSOLE_CLIENT_SECRET", CONSOLE_CLIENT_SECRET);
        // the tests' CIBA clients listen for ping and push notifications on plain-HTTP loopback
        env.put("VIGIL_CIBA_ALLOW_HTTP_LOOPBACK", "true");
        // and the jwks_uri tests publish their clients' keys there
        env.put("VIGIL_CLIENTS_ALLOW_HTTP_LOOPBACK", "true");
        // every test signs people up from 127.0.0.1; the per-address limit itself is tested per recipient
        env.put("VIGIL_RATE_LIMIT_SIGN_UPS_PER_CLIENT", "100000");
        // likewise every test logs in and fails client authentication from 127.0.0.1; the per-person and per-client
        // limits are tested, the per-address ones through a forwarded address (IdentityHardeningIT)
        env.put("VIGIL_RATE_LIMIT_DEVICE_LOGINS_PER_ADDRESS", "100000");
        env.put("VIGIL_RATE_LIMIT_CLIENT_AUTH_FAILURES_PER_ADDRESS", "100000");
        // the tests play the reverse proxy: from loopback, X-Forwarded-For names the client
        env.put("VIGIL_TRUSTED_PROXIES", "127.0.0.1,::1");
        // short enough for a test to wait out, long enough for every flow to redeem in time
        env.put("VIGIL_OIDC_CODE_LIFETIME_SECONDS", Integer.toString(CODE_LIFETIME_SECONDS));
        // a device that does not acknowledge gets the message again after this long (30 s by default)
        env.put("VIGIL_PUSH_ACK_TIMEOUT_SECONDS", "3");
        // the tests' push service listens on plain HTTP on loopback
        env.put("VIGIL_PUSH_WEB_PUSH_ALLOW_HTTP_LOOPBACK", "true");
        // expired push messages are purged this long after expiry, looked for this often (PushApplicationIT)
        env.put("VIGIL_PUSH_RETENTION_SECONDS", Integer.toString(PUSH_RETENTION_SECONDS));
        env.put("VIGIL_PUSH_PURGE_INTERVAL_SECONDS", "2");
        // alerts escalate and the alert clock ticks fast enough for a test to watch (StationLiveIT)
        env.put("VIGIL_CARE_ALERT_CLOCK_SECONDS", "1");
        env.put("VIGIL_CARE_ESCALATION_WARNING_SECONDS", Integer.toString(ESCALATION_SECONDS));
        env.put("VIGIL_CARE_ESCALATION_URGENT_SECONDS", Integer.toString(ESCALATION_SECONDS));
        env.put("VIGIL_CARE_ESCALATION_EMERGENCY_SECONDS", Integer.toString(ESCALATION_SECONDS));
        // a station that stops reading is told to reconnect after this many unwritten messages (10,000 by default)
        env.put("VIGIL_CARE_LIVE_STATION_BACKLOG", Integer.toString(STATION_BACKLOG));
        // a gateway silent this long is offline, checked this often (FleetHealthIT stops a simulated gateway)
        env.put("VIGIL_STATS_GATEWAY_OFFLINE_SECONDS", Integer.toString(GATEWAY_OFFLINE_SECONDS));
        env.put("VIGIL_STATS_CHECK_SECONDS", "2");
        // the revocation safety net runs often enough for a test to watch it (DocumentSigningIT)
        env.put("VIGIL_DOCUMENTS_REVOCATION_RECONCILE_SECONDS", "2");
        // the TURN server a call test starts on loopback (nobody listens there otherwise)
        env.put("VIGIL_TURN_SECRET", TURN_SECRET);
        env.put("VIGIL_TURN_URLS", "turn:127.0.0.1:" + turnPort(settings) + "?transport=udp");
        env.put("VIGIL_CARE_CALL_RING_SECONDS", Integer.toString(CALL_RING_SECONDS));
        // outside demo mode, like production: real secrets or the server refuses to start
        env.putAll(ProductionSecrets.provision(settings));
        PostgresServer postgres = null;
        if ("postgresql".equals(settings.database())) {
            postgres = PostgresServer.start(settings.work().resolve("postgresql"), settings.postgresqlPort());
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-postgresql"));
            env.put("VIGIL_DB", "postgresql");
            env.put("VIGIL_DB_URL", postgres.jdbcUrl());
            env.put("VIGIL_DB_USER", PostgresServer.USER);
            env.put("VIGIL_DB_PASSWORD", PostgresServer.PASSWORD);
        } else {
            env.put("VIGIL_DB", "h2");
            env.put("VIGIL_DB_USER", ProductionSecrets.H2_USER);
            env.put("VIGIL_DB_PASSWORD", ProductionSecrets.H2_PASSWORD);
        }
        try {
            return new VigilSystem(WildFlyServer.start(settings, env), postgres, mail);
        } catch (RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            mail.close();
            throw e;
        }
    }

    public WildFlyServer server() {
        return server;
    }

    /** The run's own PostgreSQL; empty on the embedded H2. */
    public java.util.Optional<PostgresServer> postgres() {
        return java.util.Optional.ofNullable(postgres);
    }

    public MailCatcher mail() {
        return mail;
    }

    /** How to reach the server's database from outside: PostgreSQL while it runs, the H2 file once the server has stopped. */
    public record Database(String url, String user, String password) {
    }

    public Database database() {
        if (postgres != null) {
            return new Database(postgres.jdbcUrl(), PostgresServer.USER, PostgresServer.PASSWORD);
        }
        return new Database("jdbc:h2:file:" + server.settings().work().resolve("standalone/data/vigil/vigil"), ProductionSecrets.H2_USER,
                ProductionSecrets.H2_PASSWORD);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            try {
                if (postgres != null) {
                    postgres.close();
                }
            } finally {
                mail.close();
            }
        }
    }
}
