package org.vigil.push.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * Per-channel counters on the server's metrics endpoint ({@code vigil_push_*_total{channel=...}}):
 * sent (handed to the endpoint), acknowledged (device ack or push-service receipt), failed
 * (an attempt that will be retried), dead-lettered (given up), expired (never taken in time).
 */
@ApplicationScoped
public class PushCounters {

    @Inject
    MeterRegistry registry;

    public void sent(String channel) {
        counter("vigil.push.sent", channel).increment();
    }

    public void acknowledged(String channel) {
        counter("vigil.push.acknowledged", channel).increment();
    }

    public void failed(String channel) {
        counter("vigil.push.failed", channel).increment();
    }

    public void deadLettered(String channel) {
        counter("vigil.push.dead.lettered", channel).increment();
    }

    public void expired(String channel) {
        counter("vigil.push.expired", channel).increment();
    }

    // Not Counter.builder(..).register(registry): WildFly hands deployments an ApplicationRegistry
    // that forwards only counter(name, tags) to the server's registries; a builder registers on
    // the wrapper's own in-memory store, which no endpoint exports.
    private Counter counter(String name, String channel) {
        return registry.counter(name, Tags.of("channel", channel));
    }
}
