package org.vigil.identity.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CIBA's installation switches. {@code vigil.ciba.allow-http-loopback}
 * ({@code VIGIL_CIBA_ALLOW_HTTP_LOOPBACK}) lets clients register and be notified at plain-HTTP
 * loopback endpoints; off by default, on only for tests and development.
 */
@ApplicationScoped
public class CibaConfiguration {

    @Inject
    @ConfigProperty(name = "vigil.ciba.allow-http-loopback", defaultValue = "false")
    boolean allowHttpLoopback;

    public boolean allowHttpLoopback() {
        return allowHttpLoopback;
    }
}
