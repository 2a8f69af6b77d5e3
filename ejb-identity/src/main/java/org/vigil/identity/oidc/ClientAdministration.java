package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.AdminReason;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.domain.ClientSecrets;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.OAuthClientRepository;
import org.vigil.identity.domain.PrivilegedScope;
import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;

/**
 * An admin's changes to a registered client after {@link ClientRegistry#register}: edit it, give it a
 * new secret (shown once; the old one stops working at once), disable it (its refresh tokens are
 * revoked and its access tokens refused, see {@link TokenCutoffs}) and enable it again. Each change is
 * on the audit trail with who made it. The two clients the server registers from its own configuration
 * (the bootstrap admin client and the console) are left alone: changing them here would lock the
 * admins out until the configuration is changed too.
 */
@Stateless
public class ClientAdministration {

    private static final Set<String> MANAGED_BY_CONFIGURATION = Set.of(AdminClientBootstrap.CLIENT_ID, ConsoleClientBootstrap.CLIENT_ID);

    @Inject
    OAuthClientRepository clients;

    @Inject
    TokenCutoffs cutoffs;

    @EJB
    AuditTrail audit;

    public ClientDetails edit(String clientId, ClientEdit edit, String actor, String clientAddress) {
        OAuthClient client = changeable(clientId);
        if (edit.name() == null || edit.name().isBlank() || edit.name().length() > 200) {
            throw new InvalidFieldException("name", "1 to 200 characters");
        }
        Set<String> redirects = edit.redirectUris() == null ? client.redirectUris() : edit.redirectUris();
        if (client.grantTypes().contains("authorization_code") && redirects.isEmpty()) {
            throw new InvalidFieldException("redirectUris", "the authorization code flow needs at least one redirect URI");
        }
        redirects.forEach(uri -> ClientRegistry.requireRedirectUri("redirectUris", uri));
        Set<String> scopes = edit.scopes() == null || edit.scopes().isEmpty() ? client.scopes() : edit.scopes();
        Set<String> known = new HashSet<>(ClientRegistry.SCOPES);
        known.addAll(SmartScopes.ALL);
        if (client.isFirstParty()) {
            known.addAll(PrivilegedScope.all());
        }
        if (!known.containsAll(scopes)) {
            throw new InvalidFieldException("scopes", "some of " + known);
        }
        client.edit(edit.name().strip(), redirects, scopes);
        audit.record(actor, "client.edit", "client:" + clientId, AuditEvent.Outcome.SUCCESS, clientAddress,
                "name \"" + client.name() + "\", redirect URIs " + redirects + ", scopes " + scopes);
        return ClientDetails.of(client);
    }

    /** @return the new secret, to show once (only its hash is kept) */
    public String rotateSecret(String clientId, String actor, String clientAddress) {
        OAuthClient client = changeable(clientId);
        if (client.authMethod() != ClientAuthMethod.CLIENT_SECRET_BASIC && client.authMethod() != ClientAuthMethod.CLIENT_SECRET_POST) {
            throw new ClientChangeRefusedException("The client " + clientId + " authenticates with " + client.authMethod().value()
                    + ", not with a secret.");
        }
        String secret = ClientSecrets.generate();
        client.replaceSecretHash(ClientSecrets.hash(secret));
        audit.record(actor, "client.secret.rotate", "client:" + clientId, AuditEvent.Outcome.SUCCESS, clientAddress, null);
        return secret;
    }

    /** @param reason why, for the audit trail; required */
    public ClientDetails disable(String clientId, String reason, String actor, String clientAddress) {
        OAuthClient client = changeable(clientId);
        String why = AdminReason.required(reason, "the client is disabled");
        client.disable();
        int revoked = cutoffs.cutClient(clientId);
        audit.record(actor, "client.disable", "client:" + clientId, AuditEvent.Outcome.SUCCESS, clientAddress,
                why + " (" + revoked + " refresh tokens revoked)");
        return ClientDetails.of(client);
    }

    /**
     * Deleted for good (see {@link OAuthClient#delete}): its tokens stop working as on {@link #disable}, it can
     * no longer be enabled, and its id is never given to another client.
     *
     * @param reason why, for the audit trail; required
     */
    public void delete(String clientId, String reason, String actor, String clientAddress) {
        OAuthClient client = changeable(clientId);
        String why = AdminReason.required(reason, "the client is deleted");
        client.delete(Instant.now());
        int revoked = cutoffs.cutClient(clientId);
        audit.record(actor, "client.delete", "client:" + clientId, AuditEvent.Outcome.SUCCESS, clientAddress,
                why + " (" + revoked + " refresh tokens revoked)");
    }

    public ClientDetails enable(String clientId, String actor, String clientAddress) {
        OAuthClient client = changeable(clientId);
        cutoffs.reopenClient(clientId);
        client.enable();
        audit.record(actor, "client.enable", "client:" + clientId, AuditEvent.Outcome.SUCCESS, clientAddress, null);
        return ClientDetails.of(client);
    }

    private OAuthClient changeable(String clientId) {
        OAuthClient client = clients.find(clientId).filter(c -> !c.isDeleted()).orElseThrow(() -> new UnknownClientException(clientId));
        if (MANAGED_BY_CONFIGURATION.contains(clientId)) {
            throw new ClientChangeRefusedException("The client " + clientId + " is registered from the server's configuration;"
                    + " change it there.");
        }
        return client;
    }

    /** {@link #edit}, for a caller of the admin API: refused unless {@link AdminAuthorization} lets them administer. */
    public ClientDetails edit(Caller caller, String clientId, ClientEdit edit) {
        return edit(clientId, edit, AdminAuthorization.require(caller), caller.address());
    }

    /** {@link #rotateSecret}, for a caller of the admin API. */
    public String rotateSecret(Caller caller, String clientId) {
        return rotateSecret(clientId, AdminAuthorization.require(caller), caller.address());
    }

    /** {@link #disable}, for a caller of the admin API. */
    public ClientDetails disable(Caller caller, String clientId, String reason) {
        return disable(clientId, reason, AdminAuthorization.require(caller), caller.address());
    }

    /** {@link #delete}, for a caller of the admin API. */
    public void delete(Caller caller, String clientId, String reason) {
        delete(clientId, reason, AdminAuthorization.require(caller), caller.address());
    }

    /** {@link #enable}, for a caller of the admin API. */
    public ClientDetails enable(Caller caller, String clientId) {
        return enable(clientId, AdminAuthorization.require(caller), caller.address());
    }
}
