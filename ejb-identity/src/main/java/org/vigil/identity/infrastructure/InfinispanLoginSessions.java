package org.vigil.identity.infrastructure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.oidc.LoginSessions;

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
    public void end(String sid) {
        cache.remove("session:" + sid);
    }
}
