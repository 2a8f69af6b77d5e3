package org.vigil.admin.clients;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vigil.admin.ui.Feedback;
import org.vigil.identity.oidc.InitialAccessTokenDetails;

/**
 * The applications page's registration tokens: an admin issues one for an outside application that registers itself
 * through {@code /oidc/register} (the value shown once), sees which are still good, and revokes one.
 */
@Named
@ViewScoped
public class RegistrationTokensView implements Serializable {

    @Inject
    RegistrationTokenFacade tokens;

    private List<InitialAccessTokenDetails> rows = List.of();
    private String description;
    private int validHours = 24;
    private int uses = 1;
    private String issuedToken;
    private String issuedFor;

    @PostConstruct
    void load() {
        rows = tokens.all();
    }

    public void issue() {
        Feedback.attempt(() -> tokens.issue(description, Duration.ofHours(validHours).toSeconds(), uses)).ifPresent(issued -> {
            issuedToken = issued.token();
            issuedFor = issued.details().description();
            Feedback.info("Issued a registration token for " + issuedFor + ".");
            description = null;
            rows = tokens.all();
        });
    }

    public void revoke(String id) {
        Feedback.attempt(() -> tokens.revoke(id)).ifPresent(revoked -> {
            issuedToken = null;
            Feedback.info("Revoked the registration token for " + revoked.description() + ".");
            rows = tokens.all();
        });
    }

    public String state(InitialAccessTokenDetails token) {
        return RegistrationTokenState.of(token, Instant.now());
    }

    public List<InitialAccessTokenDetails> getRows() {
        return rows;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getValidHours() {
        return validHours;
    }

    public void setValidHours(int validHours) {
        this.validHours = validHours;
    }

    public int getUses() {
        return uses;
    }

    public void setUses(int uses) {
        this.uses = uses;
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public String getIssuedFor() {
        return issuedFor;
    }
}
