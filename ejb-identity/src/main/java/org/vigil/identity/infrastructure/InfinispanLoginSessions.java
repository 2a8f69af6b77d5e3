package org.vigil.identity.infrastructure;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.oidc.LoginSessions;

/**
 * Sessions under {@code session:<sid>}; the clients of each under {@code session-clients:<sid>}, a set grown by an
 * atomic merge ({@link SessionClients#union}) and expiring when the session does.
 */
@ApplicationScoped
public class InfinispanLoginSessions implements LoginSessions {

    @Inject
    ProtocolStateCache cache;

    @Override
    public void open(LoginSession session) {
        cache.put("session:" + session.sid(), session, LIFETIME);
    }

    @Override
    public Optional<LoginSession> find(String sid) {
        return sid == null ? Optional.empty() : cache.get("session:" + sid, LoginSession.class);
    }

    @Override
    public void joined(LoginSession session, String clientId) {
        cache.merge(clientsKey(session.sid()), Set.of(clientId), SessionClients::union,
                SessionClients.remaining(session.authTime(), LIFETIME, Instant.now()));
    }

    @Override
    public Set<String> clientsOf(String sid) {
        return sid == null ? Set.of() : SessionClients.of(cache.get(clientsKey(sid), Object.class).orElse(null));
    }

    @Override
    public Set<String> end(String sid) {
        cache.remove("session:" + sid);
        return SessionClients.of(cache.take(clientsKey(sid), Object.class).orElse(null));
    }

    private static String clientsKey(String sid) {
        return "session-clients:" + sid;
    }
}
