package org.vigil.admin.clients;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.admin.security.ConsoleRole;
import org.vigil.admin.security.ConsoleUser;
import org.vigil.identity.oidc.ClientAdministration;
import org.vigil.identity.oidc.ClientEdit;
import org.vigil.identity.oidc.ClientRegistration;
import org.vigil.identity.oidc.FapiSettings;
import org.vigil.identity.oidc.ClientRegistry;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.oidc.RegisteredClient;

/** Registering applications as OAuth clients, as the admin API's {@code POST /api/v1/admin/clients} does. */
@ApplicationScoped
public class ClientFacade {

    @EJB
    ClientRegistry registry;

    @EJB
    ClientAdministration administration;

    @Inject
    ConsoleUser user;

    public List<ClientRow> all() {
        user.require(ConsoleRole.ADMIN);
        return registry.all(user.caller()).stream().map(ClientRow::of).toList();
    }

    /**
     * The identity module checks and audits the registration, as for the admin API.
     *
     * @return the client's secret, to show once; empty for a client that has none
     */
    public Optional<String> register(NewClient c) {
        user.require(ConsoleRole.ADMIN);
        Set<String> redirects = lines(c.redirectUris());
        RegisteredClient registered = registry.register(user.caller(), new ClientRegistration(c.clientId(), c.name(), ClientAuthMethod.of(c.authMethod()),
                null, blankToNull(c.jwksUri()), redirects, Set.of(), c.grantTypes(), c.scopes(), c.roles(), c.firstParty(), null, null, false,
                blankToNull(c.backchannelLogoutUri()), true, blankToNull(c.frontchannelLogoutUri()),
                c.frontchannelLogoutSessionRequired(), new FapiSettings(c.requirePushedRequests(), c.dpopBound())));
        return Optional.ofNullable(registered.secret());
    }

    public Optional<ClientRow> find(String clientId) {
        user.require(ConsoleRole.ADMIN);
        return registry.all(user.caller()).stream().filter(c -> c.clientId().equals(clientId)).findFirst().map(ClientRow::of);
    }

    /** The identity module checks and audits each change; the console passes who asks and from where. */
    public ClientRow edit(String clientId, String name, String redirectUris, Set<String> scopes) {
        user.require(ConsoleRole.ADMIN);
        return ClientRow.of(administration.edit(user.caller(), clientId, new ClientEdit(name, lines(redirectUris), scopes)));
    }

    /** @return the new secret, to show once */
    public String rotateSecret(String clientId) {
        user.require(ConsoleRole.ADMIN);
        return administration.rotateSecret(user.caller(), clientId);
    }

    public ClientRow disable(String clientId, String reason) {
        user.require(ConsoleRole.ADMIN);
        return ClientRow.of(administration.disable(user.caller(), clientId, reason));
    }

    public ClientRow enable(String clientId) {
        user.require(ConsoleRole.ADMIN);
        return ClientRow.of(administration.enable(clientId, user.getAuditName(), user.getClientAddress()));
    }

    /** Gone for good, with the reason on the audit trail, as the admin API's {@code DELETE /api/v1/admin/clients/{id}}. */
    public void delete(String clientId, String reason) {
        user.require(ConsoleRole.ADMIN);
        administration.delete(user.caller(), clientId, reason);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Redirect URIs one a line as typed, blank lines dropped. */
    static Set<String> lines(String text) {
        return text == null ? Set.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
