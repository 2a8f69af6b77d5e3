package org.vigil.it.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Gives tests a system's parts as parameters: the {@link VigilSystem}, its {@link WildFlyServer} and its {@link MailCatcher}. */
abstract class SystemParameterResolver implements ParameterResolver {

    /** The system this extension's tests run on. */
    abstract VigilSystem system(ExtensionContext context);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WildFlyServer.class || type == MailCatcher.class || type == VigilSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        VigilSystem system = system(context);
        Class<?> type = parameter.getParameter().getType();
        return type == VigilSystem.class ? system : type == MailCatcher.class ? system.mail() : system.server();
    }
}
