package org.vigil.stats.application.internal;

import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.vigil.stats.domain.fleet.Metric;

/**
 * What this server node measures about itself: JVM heap and threads from the JDK, and through
 * WildFly's management model (its {@code jboss.as} MBeans) the database pool, Vigil's queues and
 * the HTTP listeners' request counts. Request rates are the change since the previous reading.
 * A figure the server does not offer is left out, never guessed.
 */
final class ServerFigures {

    private static final String POOL = "jboss.as:subsystem=datasources,data-source=VigilDS,statistics=pool";
    private static final String PUSH_QUEUE = "jboss.as:subsystem=messaging-activemq,server=default,jms-queue=vigil.push";
    private static final String DEAD_LETTER_QUEUE = "jboss.as:subsystem=messaging-activemq,server=default,jms-queue=vigil.dead-letters";
    private static final String HTTP = "jboss.as:subsystem=undertow,server=default-server,http-listener=default";

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private long lastRequests = -1;
    private long lastProcessingNanos;
    private long lastErrors;
    private long lastReadAt;

    synchronized Map<Metric, Double> read() {
        Map<Metric, Double> figures = new EnumMap<>(Metric.class);
        figures.put(Metric.HEAP_USED_BYTES, (double) ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        figures.put(Metric.THREADS, (double) ManagementFactory.getThreadMXBean().getThreadCount());
        figures.put(Metric.UPTIME_SECONDS, ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        number(POOL, "activeCount").ifPresent(v -> figures.put(Metric.DB_POOL_ACTIVE, v));
        number(POOL, "availableCount").ifPresent(v -> figures.put(Metric.DB_POOL_AVAILABLE, v));
        number(POOL, "waitCount").ifPresent(v -> figures.put(Metric.DB_POOL_WAITING, v));
        number(PUSH_QUEUE, "messageCount").ifPresent(v -> figures.put(Metric.PUSH_QUEUE_DEPTH, v));
        deadLetters().ifPresent(v -> figures.put(Metric.DEAD_LETTERS, (double) v));
        Optional<Double> requests = number(HTTP, "requestCount");
        Optional<Double> processing = number(HTTP, "processingTime");
        Optional<Double> errors = number(HTTP, "errorCount");
        long now = System.nanoTime();
        if (requests.isPresent() && processing.isPresent()) {
            long r = requests.get().longValue();
            long p = processing.get().longValue();
            long e = errors.map(Double::longValue).orElse(0L);
            if (lastRequests >= 0 && r >= lastRequests) {
                double minutes = Math.max(1e-9, (now - lastReadAt) / 60e9);
                long served = r - lastRequests;
                figures.put(Metric.REQUESTS_PER_MINUTE, served / minutes);
                figures.put(Metric.REQUEST_ERRORS_PER_MINUTE, Math.max(0, e - lastErrors) / minutes);
                if (served > 0) {
                    figures.put(Metric.REQUEST_MILLIS, (p - lastProcessingNanos) / 1e6 / served);
                }
            }
            lastRequests = r;
            lastProcessingNanos = p;
            lastErrors = e;
            lastReadAt = now;
        }
        return figures;
    }

    /** Messages on Vigil's dead-letter queue; empty when the broker does not say. */
    Optional<Long> deadLetters() {
        return number(DEAD_LETTER_QUEUE, "messageCount").map(Double::longValue);
    }

    private Optional<Double> number(String name, String attribute) {
        try {
            Object value = server.getAttribute(new ObjectName(name), attribute);
            return value instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
