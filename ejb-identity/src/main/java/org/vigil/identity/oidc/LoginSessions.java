package org.vigil.identity.oidc;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.vigil.identity.domain.LoginSession;

/** The people logged in to Vigil, by the id their browser's session cookie carries, and the clients they logged in to. */
public interface LoginSessions {

    Duration LIFETIME = Duration.ofHours(8);

    void open(LoginSession session);

    Optional<LoginSession> find(String sid);

    /**
     * Notes that a client was issued an authorization code in this session, so that it is told when the session ends
     * (Back-Channel Logout). Atomic: of two logins at once, neither is lost. Kept as long as the session lives.
     */
    void joined(LoginSession session, String clientId);

    /** The clients issued a code in this session so far; empty for an unknown or ended session. */
    Set<String> clientsOf(String sid);

    /** Ends the session. @return the clients that took part in it ({@link #clientsOf}), taken with it */
    Set<String> end(String sid);
}
