package org.vigil.stats.domain.fleet;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every figure the stats server keeps: what devices report and what the server nodes measure
 * about themselves. The name is the series' name in the database and in the OpenMetrics
 * exposition ({@code vigil_fleet_<name>}).
 */
public enum Metric {
    UPTIME_SECONDS("uptime_seconds", "Seconds since the device's program started"),
    OUTBOX_DEPTH("outbox_depth", "Measurements waiting in a gateway's outbox"),
    OUTBOX_CAPACITY("outbox_capacity", "The most measurements a gateway's outbox holds"),
    REJECTED("rejected", "Measurements the server refused, ever"),
    SHED("shed", "Measurements a gateway dropped to stay within capacity, ever"),
    DELIVERED("delivered", "Measurements acknowledged since the gateway started"),
    UPLOAD_FAILURES_IN_A_ROW("upload_failures_in_a_row", "Upload attempts failed since the last success"),
    DEVICES_HEARD("devices_heard", "Bluetooth devices a gateway heard from"),
    BATTERY_MIN_PERCENT("battery_min_percent", "The lowest battery level among a gateway's devices"),
    CPU_CELSIUS("cpu_celsius", "CPU temperature"),
    SIGNED_IN("signed_in", "1 while a person is signed in at a station or terminal"),
    ASSIGNED_PATIENTS("assigned_patients", "Patients assigned to a station"),
    HEAP_USED_BYTES("heap_used_bytes", "JVM heap in use"),
    THREADS("threads", "JVM live threads"),
    DB_POOL_ACTIVE("db_pool_active", "Database connections in use"),
    DB_POOL_AVAILABLE("db_pool_available", "Database connections available"),
    DB_POOL_WAITING("db_pool_waiting", "Requests that waited for a database connection, ever"),
    PUSH_QUEUE_DEPTH("push_queue_depth", "Messages on the push queue"),
    DEAD_LETTERS("dead_letters", "Messages on the dead-letter queue"),
    REQUESTS_PER_MINUTE("requests_per_minute", "HTTP requests in the last minute"),
    REQUEST_MILLIS("request_millis", "Mean HTTP request processing time in the last minute"),
    REQUEST_ERRORS_PER_MINUTE("request_errors_per_minute", "HTTP 5xx answers in the last minute");

    private final String key;
    private final String help;

    Metric(String key, String help) {
        this.key = key;
        this.help = help;
    }

    public String key() {
        return key;
    }

    public String help() {
        return help;
    }

    public static Optional<Metric> ofKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
