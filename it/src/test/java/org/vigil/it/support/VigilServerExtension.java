package org.vigil.it.support;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives tests the running server ({@link WildFlyServer} parameter) and the mail it sent
 * ({@link MailCatcher} parameter). The system is kept in the
 * root store ({@link SharedSystem}), so it starts once per run and JUnit closes it when the run ends, failed or not;
 * shutdown hooks cover an interrupted run.
 */
public final class VigilServerExtension extends SystemParameterResolver {

    @Override
    VigilSystem system(ExtensionContext context) {
        return SharedSystem.in(context, "the system under test", ItSettings::fromSystemProperties);
    }
}
