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

    static final class Audit implements AuditTrail {
        final List<String> actions = new ArrayList<>();

        @Override
        public void record(String actor, String action, String target, AuditEvent.Outcome outcome, String clientAddress, String details) {
            actions.add(action);
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
                  String pushedAuthReqId) {
    }

    static final class Issuance extends TokenIssuance {
        final List<Issued> issued = new ArrayList<>();
        boolean accountActive = true;

        Issuance() {
            super(null, null, null);
        }

        @Override
        public AccessTokenResponse issue(OAuthClient client, LoginSession session, String scope, String nonce, String rotatedRefreshToken,
                                         UUID family, String pushedAuthReqId) {
            activeAccount(session);
            issued.add(new Issued(client, session, scope, nonce, rotatedRefreshToken, family, pushedAuthReqId));
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
