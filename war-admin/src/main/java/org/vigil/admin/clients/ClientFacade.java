package org.vigil.admin.clients;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.vigil.admin.audit.ConsoleAudit;
import org.vigil.admin.security.ConsoleRole;
import org.vigil.admin.security.ConsoleUser;
import org.vigil.identity.oidc.ClientRegistration;
import org.vigil.identity.oidc.ClientRegistry;
import org.vigil.identity.oidc.ClientAuthMethod;
import org.vigil.identity.oidc.RegisteredClient;

/** Registering applications as OAuth clients, as the admin API's {@code POST /api/v1/admin/clients} does. */
@ApplicationScoped
public class ClientFacade {

    @EJB
    ClientRegistry registry;

    @Inject
    ConsoleUser user;

    @Inject
    ConsoleAudit audit;

    public List<ClientRow> all() {
        user.require(ConsoleRole.ADMIN);
        return registry.all().stream().map(ClientRow::of).toList();
    }

    /** @return the client's secret, to show once; empty for a client that has none */
    @Transactional
    public Optional<String> register(NewClient c) {
        user.require(ConsoleRole.ADMIN);
        Set<String> redirects = c.redirectUris() == null ? Set.of() : Arrays.stream(c.redirectUris().split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        RegisteredClient registered = registry.register(new ClientRegistration(c.clientId(), c.name(), ClientAuthMethod.of(c.authMethod()),
                null, redirects, Set.of(), c.grantTypes(), c.scopes(), c.roles(), c.firstParty(), null, null, false));
        audit.record("client.register", "client:" + c.clientId(), null);
        return Optional.ofNullable(registered.secret());
    }
}
