package org.vigil.identity.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.domain.ClientSecrets;
import org.vigil.identity.domain.Consent;
import org.vigil.identity.domain.ConsentRepository;
import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.OAuthClientRepository;
import org.vigil.identity.domain.StoredRefreshToken;
import org.vigil.identity.domain.StoredRefreshTokenRepository;

/**
 * Stand-ins for what the grants lean on (stores, audit, revocation, token issuance), recording what they were asked so
 * the grants' own decisions can be checked without a server. The stores keep real state.
 */
final class GrantFakes {

    private GrantFakes() {
    }

    static OAuthClient client(String clientId, Set<String> grantTypes, Set<String> scopes, Set<String> roles) {
        return new OAuthClient(clientId, clientId, ClientAuthMethod.of("client_secret_basic"), ClientSecrets.hash("s3cret-" + clientId),
                null, Set.of("https://app.example/cb"), Set.of(), grantTypes, scopes, roles, false, Instant.now());
    }

    static LoginSession session() {
        return new LoginSession("sid-" + UUID.randomUUID(), UUID.randomUUID(), Instant.now(), null, List.of("swk"));
    }

    /** Codes kept in a map, redeemed by removal as the cache does. */
    static final class Codes implements AuthorizationCodes {
        final Map<String, IssuedCode> live = new HashMap<>();
        final Map<String, UUID> redeemed = new HashMap<>();

        @Override
        public void store(String code, IssuedCode issued, Duration lifetime) {
            live.put(code, issued);
        }

        @Override
        public Optional<IssuedCode> redeem(String code) {
            return Optional.ofNullable(live.remove(code));
        }

        @Override
        public void rememberRedeemed(String code, UUID grantId) {
            redeemed.put(code, grantId);
        }

        @Override
        public Optional<UUID> takeRedeemedGrant(String code) {
            return Optional.ofNullable(redeemed.remove(code));
        }
    }

    /**
     * Refresh tokens in a map by hash instead of the database; revocations mark each token as the JPA repository does, and
     * {@link #locks} counts the lookups that would have locked a row.
     */
    static final class RefreshTokenStore implements StoredRefreshTokenRepository {
        final Map<String, StoredRefreshToken> byHash = new HashMap<>();
        int locks;

        @Override
        public void store(StoredRefreshToken token) {
            byHash.put(token.tokenHash(), token);
        }

        @Override
        public Optional<StoredRefreshToken> lockByHash(String tokenHash) {
            locks++;
            return Optional.ofNullable(byHash.get(tokenHash));
        }

        @Override
        public void revokeFamily(UUID familyId, Instant now) {
            byHash.values().stream().filter(t -> t.familyId().equals(familyId)).forEach(t -> t.revoke(now));
        }

        @Override
        public void revokeSession(String sessionId, Instant now) {
            byHash.values().stream().filter(t -> t.session().sid().equals(sessionId)).forEach(t -> t.revoke(now));
        }

        @Override
        public int revokeAllOfClient(String clientId, Instant now) {
            return revokeUnrevoked(byHash.values().stream().filter(t -> t.clientId().equals(clientId)).toList(), now);
        }

        @Override
        public int revokeAllOfAccount(UUID accountId, Instant now) {
            return revokeUnrevoked(byHash.values().stream().filter(t -> t.session().accountId().equals(accountId)).toList(), now);
        }

        @Override
        public int revokeAllOfAccountAtClient(UUID accountId, String clientId, Instant now) {
            return revokeUnrevoked(byHash.values().stream()
                    .filter(t -> t.session().accountId().equals(accountId) && t.clientId().equals(clientId)).toList(), now);
        }

        private static int revokeUnrevoked(List<StoredRefreshToken> tokens, Instant now) {
            List<StoredRefreshToken> live = tokens.stream().filter(t -> t.revokedAt() == null).toList();
            live.forEach(t -> t.revoke(now));
            return live.size();
        }
    }

    /** Refresh tokens over {@code store}: the real service, without JPA. */
    static RefreshTokens refreshTokens(StoredRefreshTokenRepository store) {
        RefreshTokens tokens = new RefreshTokens();
        tokens.tokens = store;
        return tokens;
    }

    /** Clients in a map instead of the database. */
    static final class ClientStore implements OAuthClientRepository {
        final Map<String, OAuthClient> byId = new java.util.TreeMap<>();

        @Override
        public void store(OAuthClient client) {
            byId.put(client.clientId(), client);
        }

        @Override
        public Optional<OAuthClient> find(String clientId) {
            return Optional.ofNullable(clientId == null ? null : byId.get(clientId));
        }

        @Override
        public List<OAuthClient> allByClientId() {
            return List.copyOf(byId.values());
        }
    }

    /** Consents in a map instead of the database. */
    static final class ConsentStore implements ConsentRepository {
        final Map<String, Consent> byKey = new HashMap<>();

        @Override
        public void store(Consent consent) {
            byKey.put(consent.accountId() + "/" + consent.clientId(), consent);
        }

        @Override
        public Optional<Consent> find(UUID accountId, String clientId) {
            return Optional.ofNullable(byKey.get(accountId + "/" + clientId));
        }

        @Override
        public List<Consent> ofAccount(UUID accountId) {
            return byKey.values().stream().filter(c -> c.accountId().equals(accountId)).toList();
        }

        @Override
        public void remove(Consent consent) {
            byKey.remove(consent.accountId() + "/" + consent.clientId());
        }
    }

    /** Revocations and cut-offs kept in maps instead of the cache. */
    static final class Revocations implements TokenRevocations {
        final Map<String, Instant> cuts = new HashMap<>();

        @Override
        public void revokeToken(String jti, Duration remaining) {
        }

        @Override
        public void revokeGrant(UUID grantId, Duration remaining) {
        }

        @Override
        public boolean tokenRevoked(String jti) {
            return false;
        }

        @Override
        public boolean grantRevoked(String grantId) {
            return false;
        }

        @Override
        public void cutOff(CutOff kind, String id, Instant at, Duration kept) {
            cuts.put(kind + ":" + id, at);
        }

        @Override
        public Optional<Instant> cutOffAt(CutOff kind, String id) {
            return Optional.ofNullable(cuts.get(kind + ":" + id));
        }
    }

    static final class Audit implements AuditTrail {
        final List<String> actions = new ArrayList<>();
        final List<String> details = new ArrayList<>();

        @Override
        public void record(String actor, String action, String target, AuditEvent.Outcome outcome, String clientAddress, String details) {
            actions.add(action);
            this.details.add(details);
        }

        @Override
        public void recordRefusal(String actor, String action, String target, String clientAddress, String reason) {
            actions.add(action + " (refused)");
        }
    }

    static final class Revocation extends GrantRevocation {
        final List<UUID> revoked = new ArrayList<>();

        @Override
        public void revoke(UUID grantId) {
            revoked.add(grantId);
        }
    }

    /** What a grant asked the issuance for; it answers with an opaque bearer token naming the family. */
    record Issued(OAuthClient client, LoginSession session, String scope, String nonce, String rotatedRefreshToken, UUID family,
                  String pushedAuthReqId, String dpopJkt) {
    }

    static final class Issuance extends TokenIssuance {
        final List<Issued> issued = new ArrayList<>();
        boolean accountActive = true;

        Issuance() {
            super(null, null, null, null);
        }

        @Override
        public AccessTokenResponse issue(OAuthClient client, LoginSession session, String scope, String nonce, String rotatedRefreshToken,
                                         UUID family, String pushedAuthReqId, String dpopJkt) {
            activeAccount(session);
            issued.add(new Issued(client, session, scope, nonce, rotatedRefreshToken, family, pushedAuthReqId, dpopJkt));
            return new AccessTokenResponse(new Tokens(new BearerAccessToken("at-" + family), null));
        }

        @Override
        public org.vigil.identity.domain.Account activeAccount(LoginSession session) {
            if (!accountActive) {
                throw new OAuthException(com.nimbusds.oauth2.sdk.OAuth2Error.INVALID_GRANT, "The account is no longer active.");
            }
            return null;
        }
    }
}
