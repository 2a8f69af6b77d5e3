package org.vigil.it.support;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives the tests that kill their server ({@code kill -9} and a restart on the same data) a system of their own, apart
 * from the run's shared one, which never sees a crash. They share it with each other: a crash test leaves its server
 * running again, and each works on patients, devices and clients it made itself, so one start (a PostgreSQL cluster
 * and a WildFly boot) serves them all instead of one each. A server a failed test left dead is started again before the
 * next test gets it.
 */
public final class CrashSystemExtension extends SystemParameterResolver {

    @Override
    VigilSystem system(ExtensionContext context) {
        VigilSystem system = SharedSystem.in(context, "the crash tests' system", () -> ItSettings.fromSystemProperties().apart("crash", 50));
        if (!system.server().running()) {
            system.server().restart();
        }
        return system;
    }
}
