package org.vigil.it.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives the tests that kill their server ({@code kill -9} and a restart on the same data) a system of their own, apart
 * from the run's shared one, which never sees a crash. They share it with each other: a crash test leaves its server
 * running again, and each works on patients, devices and clients it made itself, so one start (a PostgreSQL cluster
 * and a WildFly boot) serves them all instead of one each. A server a failed test left dead is started again before the
 * next test gets it.
 */
public final class CrashSystemExtension implements ParameterResolver {

    private static final String KEY = "crash-system";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WildFlyServer.class || type == MailCatcher.class || type == VigilSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        VigilSystem system = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, k -> Resource.start(), Resource.class)
                .system();
        if (!system.server().running()) {
            system.server().restart();
        }
        Class<?> type = parameter.getParameter().getType();
        return type == VigilSystem.class ? system : type == MailCatcher.class ? system.mail() : system.server();
    }

    private record Resource(VigilSystem system, RuntimeException failure) implements ExtensionContext.Store.CloseableResource {

        static Resource start() {
            try {
                return new Resource(VigilSystem.start(ItSettings.fromSystemProperties().apart("crash", 50)), null);
            } catch (RuntimeException e) {
                return new Resource(null, e);
            }
        }

        @Override
        public VigilSystem system() {
            if (failure != null) {
                throw new IllegalStateException("the crash tests' system did not start", failure);
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
}
