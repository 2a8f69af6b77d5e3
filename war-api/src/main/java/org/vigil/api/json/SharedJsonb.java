package org.vigil.api.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request body and answer. Without a resolver, RESTEasy's JSON-B
 * provider built a new {@link Jsonb} for each body it read and each it wrote (a service-loader
 * scan of the module class path each time): about a third of the server's CPU at 1 Hz per
 * gateway (see BENCHMARKS.md). A {@link Jsonb} is thread-safe; this one has the defaults the
 * provider used before.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The instance itself, for readers that bind outside the provider chain ({@link StrictJsonReader}). */
    static Jsonb instance() {
        return JSONB;
    }
}
