package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.oauth2.sdk.Scope;

import org.junit.jupiter.api.Test;

import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.StoredRefreshToken;

class RefreshTokenGrantHandlerTest {

    /** The real refresh tokens over a map instead of the database; counts rotations. */
    private static final class Store extends RefreshTokens {
        final GrantFakes.RefreshTokenStore rows = new GrantFakes.RefreshTokenStore();
        int rotations;

        Store() {
            tokens = rows;
        }

        String add(UUID family, String clientId, LoginSession session, String scope, Instant expiresAt) {
            String token = "rt-" + UUID.randomUUID();
            rows.store(new StoredRefreshToken(hash(token), family, clientId, session, scope, Instant.now(), expiresAt));
            return token;
        }

        StoredRefreshToken stored(String token) {
            return rows.byHash.get(hash(token));
        }

        @Override
        public String rotate(StoredRefreshToken current) {
            rotations++;
            return super.rotate(current);
        }
    }

    private final Store store = new Store();
    private final GrantFakes.Revocation revocation = new GrantFakes.Revocation();
    private final GrantFakes.Audit audit = new GrantFakes.Audit();
    private final GrantFakes.Issuance issuance = new GrantFakes.Issuance();
    private final RefreshTokenGrantHandler handler = new RefreshTokenGrantHandler(store, revocation, audit, issuance);

    private final OAuthClient app = GrantFakes.client("app", Set.of("authorization_code", "refresh_token"), Set.of("openid", "profile"),
            Set.of());
    private final UUID family = UUID.randomUUID();
    private final LoginSession session = GrantFakes.session();

    private String token() {
        return store.add(family, "app", session, "openid profile", Instant.now().plusSeconds(3600));
    }

    @Test
    void aRefreshRotatesTheTokenAndKeepsTheFamilyAndScope() {
        String presented = token();

        handler.grant(app, presented, null, null);

        GrantFakes.Issued issued = issuance.issued.get(0);
        assertThat(issued.family()).isEqualTo(family);
        assertThat(issued.scope()).isEqualTo("openid profile");
        assertThat(issued.rotatedRefreshToken()).isNotNull().isNotEqualTo(presented);
        assertThat(store.stored(presented).wasUsed()).isTrue();
    }

    @Test
    void aRefreshMayNarrowTheScopeButNotWidenIt() {
        handler.grant(app, token(), new Scope("openid"), null);
        assertThat(issuance.issued.get(0).scope()).isEqualTo("openid");

        assertThatThrownBy(() -> handler.grant(app, token(), new Scope("openid", "vigil:admin"), null))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error().getCode()).isEqualTo("invalid_scope"));
    }

    @Test
    void aTokenPresentedAgainRevokesItsWholeFamily() {
        String presented = token();
        handler.grant(app, presented, null, null);

        assertThatThrownBy(() -> handler.grant(app, presented, null, null)).hasMessageContaining("all tokens of its login are revoked");

        assertThat(revocation.revoked).containsExactly(family);
        assertThat(audit.actions).containsExactly("oidc.refresh-reuse");
        assertThat(store.rotations).isEqualTo(1);
    }

    @Test
    void anotherClientsTokenIsRefusedAndRevokesNothing() {
        String presented = token();
        OAuthClient other = GrantFakes.client("other", Set.of("refresh_token"), Set.of("openid"), Set.of());

        assertThatThrownBy(() -> handler.grant(other, presented, null, null)).hasMessageContaining("another client");
        assertThat(revocation.revoked).isEmpty();
        assertThat(store.stored(presented).wasUsed()).isFalse();
    }

    @Test
    void anExpiredRevokedOrUnknownTokenIsRefused() {
        String expired = store.add(family, "app", session, "openid", Instant.now().minusSeconds(1));
        String revoked = token();
        store.stored(revoked).revoke(Instant.now());

        assertThatThrownBy(() -> handler.grant(app, expired, null, null)).hasMessageContaining("expired or revoked");
        assertThatThrownBy(() -> handler.grant(app, revoked, null, null)).hasMessageContaining("expired or revoked");
        assertThatThrownBy(() -> handler.grant(app, "rt-unknown", null, null)).hasMessageContaining("unknown");
        assertThat(issuance.issued).isEmpty();
        assertThat(revocation.revoked).isEmpty();
    }

    @Test
    void theTokenOfAnAccountNoLongerActiveIsNotUsedUp() {
        String presented = token();
        issuance.accountActive = false;

        assertThatThrownBy(() -> handler.grant(app, presented, null, null)).hasMessageContaining("no longer active");
        assertThat(store.rotations).isZero();
    }

    @Test
    void aDpopBoundTokenIsRedeemedOnlyWithAProofOfItsKeyAndItsSuccessorStaysBound() {
        String presented = token();
        store.stored(presented).bindTo("jkt-of-the-app");

        assertThatThrownBy(() -> handler.grant(app, presented, null, null)).hasMessageContaining("bound to a DPoP key");
        assertThatThrownBy(() -> handler.grant(app, presented, null, "jkt-of-a-thief")).hasMessageContaining("bound to a DPoP key");
        assertThat(store.rotations).as("a refused refresh uses nothing up").isZero();

        handler.grant(app, presented, null, "jkt-of-the-app");
        GrantFakes.Issued issued = issuance.issued.get(0);
        assertThat(issued.dpopJkt()).isEqualTo("jkt-of-the-app");
        assertThat(store.stored(issued.rotatedRefreshToken()).dpopJkt()).isEqualTo("jkt-of-the-app");
    }
}
