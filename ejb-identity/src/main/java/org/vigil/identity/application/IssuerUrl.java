package org.vigil.identity.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;

/**
 * This server's public base URL: the OpenID Connect issuer, and the audience of everything
 * devices sign. Set {@code VIGIL_ISSUER} (or {@code -Dvigil.issuer}) to the URL clients use.
 */
@ApplicationScoped
public class IssuerUrl {

    @Inject
    @ConfigProperty(name = "vigil.issuer", defaultValue = "http://localhost:8080")
    String url;

    /** The issuer URL, without a trailing slash. */
    public String url() {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String resolve(String path) {
        return url() + (path.startsWith("/") ? path : "/" + path);
    }
}
