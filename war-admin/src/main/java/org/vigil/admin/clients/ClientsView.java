package org.vigil.admin.clients;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vigil.admin.ui.Feedback;

/**
 * The applications page: the registered clients, a form to register one (its secret shown once), and a
 * client's panel to edit it, issue it a new secret (shown once), disable or enable it, or delete it for good.
 */
@Named
@ViewScoped
public class ClientsView implements Serializable {

    public static final List<String> AUTH_METHODS = List.of("client_secret_basic", "client_secret_post", "private_key_jwt", "none");
    public static final List<String> GRANT_TYPES = List.of("authorization_code", "refresh_token", "client_credentials",
            "urn:openid:params:grant-type:ciba");
    public static final List<String> SCOPES = List.of("openid", "profile", "email", "phone", "offline_access");

    @Inject
    ClientFacade clients;

    private List<ClientRow> rows = List.of();
    private String clientId;
    private String name;
    private String authMethod = "client_secret_basic";
    private String redirectUris;
    private List<String> grantTypes = List.of("authorization_code");
    private List<String> scopes = List.of("openid", "profile");
    private String roles;
    private boolean firstParty;
    private String jwksUri;
    private String backchannelLogoutUri;
    private String frontchannelLogoutUri;
    private boolean frontchannelLogoutSessionRequired;
    private boolean requirePushedRequests;
    private boolean dpopBound;
    private String issuedSecret;
    private String issuedFor;
    private ClientRow selected;
    private String editName;
    private String editRedirectUris;
    private List<String> editScopes = List.of();
    private String disableReason;
    private String deleteReason;

    @PostConstruct
    void load() {
        rows = clients.all();
    }

    public void register() {
        Set<String> clientRoles = new LinkedHashSet<>();
        if (roles != null) {
            for (String role : roles.strip().split("[,\\s]+")) {
                if (!role.isEmpty()) {
                    clientRoles.add(role);
                }
            }
        }
        Feedback.attempt(() -> clients.register(new NewClient(clientId, name, authMethod, redirectUris, Set.copyOf(grantTypes),
                Set.copyOf(scopes), clientRoles, firstParty, jwksUri, backchannelLogoutUri, frontchannelLogoutUri,
                frontchannelLogoutSessionRequired, requirePushedRequests, dpopBound)))
                .ifPresent(secret -> {
                    issuedFor = clientId;
                    issuedSecret = secret.orElse(null);
                    Feedback.info("Registered " + clientId + ".");
                    clientId = null;
                    name = null;
                    redirectUris = null;
                    roles = null;
                    jwksUri = null;
                    backchannelLogoutUri = null;
                    frontchannelLogoutUri = null;
                    frontchannelLogoutSessionRequired = false;
                    rows = clients.all();
                });
    }

    /** Opens a client's panel: its edit form, a new secret, disable or enable. */
    public void manage(String id) {
        issuedSecret = null;
        disableReason = null;
        deleteReason = null;
        show(clients.find(id).orElse(null));
    }

    /** The panel shows the client as it is now, whatever was typed into a form the server refused. */
    private void show(ClientRow row) {
        selected = row;
        if (row != null) {
            editName = row.name();
            editRedirectUris = String.join("\n", row.redirectUris());
            editScopes = List.copyOf(row.scopes());
        }
    }

    public void save() {
        if (selected != null) {
            Feedback.attempt(() -> clients.edit(selected.clientId(), editName, editRedirectUris, new LinkedHashSet<>(editScopes)))
                    .ifPresent(row -> {
                        Feedback.info("Saved " + row.clientId() + ".");
                        changed(row);
                    });
        }
    }

    public void rotateSecret() {
        if (selected != null) {
            String id = selected.clientId();
            Feedback.attempt(() -> clients.rotateSecret(id)).ifPresent(secret -> {
                issuedFor = id;
                issuedSecret = secret;
                Feedback.info("Issued a new secret to " + id + "; the old one no longer works.");
            });
        }
    }

    public void disable() {
        if (selected != null) {
            Feedback.attempt(() -> clients.disable(selected.clientId(), disableReason)).ifPresent(row -> {
                Feedback.info("Disabled " + row.clientId() + ": its tokens no longer work.");
                disableReason = null;
                changed(row);
            });
        }
    }

    public void enable() {
        if (selected != null) {
            Feedback.attempt(() -> clients.enable(selected.clientId())).ifPresent(row -> {
                Feedback.info("Enabled " + row.clientId() + " again.");
                changed(row);
            });
        }
    }

    /** Gone for good: the panel closes and the list no longer shows it. */
    public void delete() {
        if (selected != null) {
            String id = selected.clientId();
            if (Feedback.attempt(() -> clients.delete(id, deleteReason))) {
                Feedback.info("Deleted " + id + " for good: its tokens no longer work and its id cannot be used again.");
                deleteReason = null;
                issuedSecret = null;
                selected = null;
                rows = clients.all();
            }
        }
    }

    private void changed(ClientRow row) {
        issuedSecret = null;
        show(row);
        rows = clients.all();
    }

    /** The scopes the edit form offers: the usual ones and any privileged one the client holds already. */
    public List<String> getEditableScopes() {
        Set<String> offered = new LinkedHashSet<>(SCOPES);
        if (selected != null) {
            offered.addAll(selected.scopes());
        }
        return List.copyOf(offered);
    }

    public ClientRow getSelected() {
        return selected;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public String getEditRedirectUris() {
        return editRedirectUris;
    }

    public void setEditRedirectUris(String editRedirectUris) {
        this.editRedirectUris = editRedirectUris;
    }

    public List<String> getEditScopes() {
        return editScopes;
    }

    public void setEditScopes(List<String> editScopes) {
        this.editScopes = editScopes == null ? List.of() : editScopes;
    }

    public String getDisableReason() {
        return disableReason;
    }

    public void setDisableReason(String disableReason) {
        this.disableReason = disableReason;
    }

    public String getDeleteReason() {
        return deleteReason;
    }

    public void setDeleteReason(String deleteReason) {
        this.deleteReason = deleteReason;
    }

    public String getJwksUri() {
        return jwksUri;
    }

    public void setJwksUri(String jwksUri) {
        this.jwksUri = jwksUri;
    }

    public String getFrontchannelLogoutUri() {
        return frontchannelLogoutUri;
    }

    public void setFrontchannelLogoutUri(String frontchannelLogoutUri) {
        this.frontchannelLogoutUri = frontchannelLogoutUri;
    }

    public boolean isFrontchannelLogoutSessionRequired() {
        return frontchannelLogoutSessionRequired;
    }

    public void setFrontchannelLogoutSessionRequired(boolean frontchannelLogoutSessionRequired) {
        this.frontchannelLogoutSessionRequired = frontchannelLogoutSessionRequired;
    }

    public String getBackchannelLogoutUri() {
        return backchannelLogoutUri;
    }

    public void setBackchannelLogoutUri(String backchannelLogoutUri) {
        this.backchannelLogoutUri = backchannelLogoutUri;
    }

    public boolean isRequirePushedRequests() {
        return requirePushedRequests;
    }

    public void setRequirePushedRequests(boolean requirePushedRequests) {
        this.requirePushedRequests = requirePushedRequests;
    }

    public boolean isDpopBound() {
        return dpopBound;
    }

    public void setDpopBound(boolean dpopBound) {
        this.dpopBound = dpopBound;
    }

    public List<String> getAuthMethods() {
        return AUTH_METHODS;
    }

    public List<String> getAllGrantTypes() {
        return GRANT_TYPES;
    }

    public List<String> getAllScopes() {
        return SCOPES;
    }

    public List<ClientRow> getRows() {
        return rows;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAuthMethod() {
        return authMethod;
    }

    public void setAuthMethod(String authMethod) {
        this.authMethod = authMethod;
    }

    public String getRedirectUris() {
        return redirectUris;
    }

    public void setRedirectUris(String redirectUris) {
        this.redirectUris = redirectUris;
    }

    public List<String> getGrantTypes() {
        return grantTypes;
    }

    public void setGrantTypes(List<String> grantTypes) {
        this.grantTypes = grantTypes == null ? List.of() : grantTypes;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? List.of() : scopes;
    }

    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
    }

    public boolean isFirstParty() {
        return firstParty;
    }

    public void setFirstParty(boolean firstParty) {
        this.firstParty = firstParty;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getIssuedFor() {
        return issuedFor;
    }
}
