package org.vigil.admin.ui;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.identity.oidc.ConsoleClientBootstrap;

/**
 * Logging out ends the console's session and the person's session at the provider
 * (RP-initiated logout), which sends the browser back to the signed-out page. A form post,
 * so another site cannot log anyone out.
 */
@Named
@RequestScoped
public class LogoutView {

    @Inject
    @ConfigProperty(name = "vigil.issuer", defaultValue = "http://localhost:8080")
    String issuer;

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        external.redirect(base + "/oidc/logout?client_id=" + ConsoleClientBootstrap.CLIENT_ID + "&post_logout_redirect_uri="
                + URLEncoder.encode(base + ConsoleClientBootstrap.SIGNED_OUT_PATH, StandardCharsets.UTF_8));
        FacesContext.getCurrentInstance().responseComplete();
    }
}
