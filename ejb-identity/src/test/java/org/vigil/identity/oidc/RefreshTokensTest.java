package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.domain.StoredRefreshToken;

/** Issuing, rotating and revoking refresh tokens, over a repository without a database. */
class RefreshTokensTest {

    private final GrantFakes.RefreshTokenStore store = new GrantFakes.RefreshTokenStore();
    private final RefreshTokens tokens = GrantFakes.refreshTokens(store);
    private final LoginSession session = GrantFakes.session();

    @Test
    void onlyTheHashOfAnIssuedTokenIsStoredAndThePresentedValueFindsIt() {
        UUID family = UUID.randomUUID();
        String token = tokens.issue(family, "app", session, "openid");

        assertThat(store.byHash).hasSize(1).doesNotContainKey(token).containsKey(RefreshTokens.hash(token));
        StoredRefreshToken stored = tokens.lookUp(token).orElseThrow();
        assertThat(stored.familyId()).isEqualTo(family);
        assertThat(stored.session()).isEqualTo(session);
        assertThat(stored.usable(Instant.now())).isTrue();
        assertThat(store.locks).as("a redemption locks the row").isEqualTo(1);
        assertThat(tokens.lookUp("rt-never-issued")).isEmpty();
    }

    @Test
    void rotationUsesTheTokenUpAndIssuesItsSuccessorInTheFamilyExpiringWithIt() {
        UUID family = UUID.randomUUID();
        StoredRefreshToken first = tokens.lookUp(tokens.issue(family, "app", session, "openid profile")).orElseThrow();

        StoredRefreshToken next = tokens.lookUp(tokens.rotate(first)).orElseThrow();

        assertThat(first.wasUsed()).isTrue();
        assertThat(first.usable(Instant.now())).isFalse();
        assertThat(next.familyId()).isEqualTo(family);
        assertThat(next.scope()).isEqualTo("openid profile");
        assertThat(next.expiresAt()).isEqualTo(first.expiresAt());
        assertThat(next.usable(Instant.now())).isTrue();
    }

    @Test
    void revokingAFamilyEndsEveryTokenOfItAndNoOtherFamily() {
        UUID stolen = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        StoredRefreshToken first = tokens.lookUp(tokens.issue(stolen, "app", session, "openid")).orElseThrow();
        StoredRefreshToken successor = tokens.lookUp(tokens.rotate(first)).orElseThrow();
        StoredRefreshToken unrelated = tokens.lookUp(tokens.issue(other, "app", session, "openid")).orElseThrow();

        tokens.revokeFamily(stolen);

        assertThat(first.revokedAt()).isNotNull();
        assertThat(successor.revokedAt()).isNotNull();
        assertThat(successor.usable(Instant.now())).isFalse();
        assertThat(unrelated.revokedAt()).isNull();
    }

    @Test
    void loggingOutRevokesTheTokensOfThatBrowserSessionOnly() {
        LoginSession elsewhere = GrantFakes.session();
        StoredRefreshToken here = tokens.lookUp(tokens.issue(UUID.randomUUID(), "app", session, "openid")).orElseThrow();
        StoredRefreshToken there = tokens.lookUp(tokens.issue(UUID.randomUUID(), "app", elsewhere, "openid")).orElseThrow();

        tokens.revokeSession(session.sid());

        assertThat(here.revokedAt()).isNotNull();
        assertThat(there.revokedAt()).isNull();
    }
}
