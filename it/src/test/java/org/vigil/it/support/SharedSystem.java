package org.vigil.it.support;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A system kept in JUnit's root store: started once per run at the first test that asks, closed by JUnit when the run
 * ends, failed or not. A failed start is remembered too, so that the other tests fail at once instead of retrying it.
 */
record SharedSystem(VigilSystem system, RuntimeException failure, String name) implements ExtensionContext.Store.CloseableResource {

    static VigilSystem in(ExtensionContext context, String name, Supplier<ItSettings> settings) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(name, k -> start(name, settings.get()), SharedSystem.class)
                .running();
    }

    private static SharedSystem start(String name, ItSettings settings) {
        try {
            return new SharedSystem(VigilSystem.start(settings), null, name);
        } catch (RuntimeException e) {
            return new SharedSystem(null, e, name);
        }
    }

    private VigilSystem running() {
        if (failure != null) {
            throw new IllegalStateException(name + " did not start", failure);
        }
        return system;
    }

    @Override
    public void close() {
        if (system != null) {
            system.close();
        }
    }
}
