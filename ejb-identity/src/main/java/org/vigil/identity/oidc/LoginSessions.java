package org.vigil.identity.oidc;

import java.time.Duration;
import java.util.Optional;

import org.vigil.identity.domain.LoginSession;

/** The people logged in to Vigil, by the id their browser's session cookie carries. */
public interface LoginSessions {

    Duration LIFETIME = Duration.ofHours(8);

    void open(LoginSession session);

    Optional<LoginSession> find(String sid);

    void end(String sid);
}
