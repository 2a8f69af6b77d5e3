package org.vigil.identity.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.ClientSecrets;
import org.vigil.identity.domain.InitialAccessToken;
import org.vigil.identity.domain.InitialAccessTokenRepository;
import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;

/**
 * Admins issue, list and revoke the initial access tokens that let an outside application register
 * itself ({@link DynamicClientRegistration}). The value is shown once; each issue and revocation is on
 * the audit trail.
 */
@Stateless
public class InitialAccessTokens {

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(1);
    static final Duration LONGEST_LIFETIME = Duration.ofDays(30);
    static final int MOST_USES = 100;
    private static final int LISTED = 200;

    @Inject
    InitialAccessTokenRepository tokens;

    @EJB
    AuditTrail audit;

    /**
     * @param lifetimeSeconds from 60 s to 30 days; null for a day
     * @param uses how many clients it may register, 1 to 100; null for one
     */
    public IssuedInitialAccessToken issue(Caller caller, String description, Long lifetimeSeconds, Integer uses) {
        String admin = AdminAuthorization.require(caller);
        if (description == null || description.isBlank() || description.length() > 200) {
            throw new InvalidFieldException("description", "1 to 200 characters: who the token is for");
        }
        Duration lifetime = lifetimeSeconds == null ? DEFAULT_LIFETIME : Duration.ofSeconds(lifetimeSeconds);
        if (lifetime.compareTo(Duration.ofMinutes(1)) < 0 || lifetime.compareTo(LONGEST_LIFETIME) > 0) {
            throw new InvalidFieldException("expiresInSeconds", "60 to " + LONGEST_LIFETIME.toSeconds());
        }
        int allowed = uses == null ? 1 : uses;
        if (allowed < 1 || allowed > MOST_USES) {
            throw new InvalidFieldException("uses", "1 to " + MOST_USES);
        }
        String value = ClientSecrets.generate();
        Instant now = Instant.now();
        InitialAccessToken token = new InitialAccessToken(UUID.randomUUID().toString(), ClientSecrets.hash(value), description.strip(), admin,
                now, now.plus(lifetime), allowed);
        tokens.store(token);
        audit.record(admin, "client.initial-access-token.issue", "initial-access-token:" + token.id(), AuditEvent.Outcome.SUCCESS,
                caller.address(), "\"" + token.description() + "\", " + allowed + " uses until " + token.expiresAt());
        return new IssuedInitialAccessToken(InitialAccessTokenDetails.of(token), value);
    }

    public List<InitialAccessTokenDetails> list(Caller caller) {
        AdminAuthorization.require(caller);
        return tokens.newest(LISTED).stream().map(InitialAccessTokenDetails::of).toList();
    }

    public InitialAccessTokenDetails revoke(Caller caller, String id) {
        String admin = AdminAuthorization.require(caller);
        InitialAccessToken token = tokens.find(id).orElseThrow(() -> new UnknownInitialAccessTokenException(id));
        token.revoke(Instant.now());
        audit.record(admin, "client.initial-access-token.revoke", "initial-access-token:" + id, AuditEvent.Outcome.SUCCESS,
                caller.address(), null);
        return InitialAccessTokenDetails.of(token);
    }
}
