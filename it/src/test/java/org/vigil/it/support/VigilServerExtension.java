package org.vigil.it.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the running server ({@link WildFlyServer} parameter) and the mail it sent
 * ({@link MailCatcher} parameter). The system is kept in the
 * root store, so it starts once per run and JUnit closes it when the run ends, failed or not;
 * shutdown hooks cover an interrupted run.
 */
public final class VigilServerExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WildFlyServer.class || type == MailCatcher.class || type == VigilSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        VigilSystem system = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(VigilSystem.class, k -> Resource.start(), Resource.class)
                .system();
        Class<?> type = parameter.getParameter().getType();
        return type == VigilSystem.class ? system : type == MailCatcher.class ? system.mail() : system.server();
    }

    /** Remembers a failed start too, so that the other tests fail at once instead of retrying it. */
    private record Resource(VigilSystem system, RuntimeException failure) implements ExtensionContext.Store.CloseableResource {

        static Resource start() {
            try {
                return new Resource(VigilSystem.start(ItSettings.fromSystemProperties()), null);
            } catch (RuntimeException e) {
                return new Resource(null, e);
            }
        }

        @Override
        public VigilSystem system() {
            if (failure != null) {
                throw new IllegalStateException("the system under test did not start", failure);
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
