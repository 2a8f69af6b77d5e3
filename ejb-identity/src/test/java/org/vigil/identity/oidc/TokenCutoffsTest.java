package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The cut-off rule a disabled client's or locked person's access tokens meet, without a server. */
class TokenCutoffsTest {

    private final TokenCutoffs cutoffs = new TokenCutoffs();
    private final GrantFakes.RefreshTokenStore refreshTokens = new GrantFakes.RefreshTokenStore();
    private final GrantFakes.Revocations revocations = new GrantFakes.Revocations();
    private final Map<String, Instant> cuts = revocations.cuts;

    TokenCutoffsTest() {
        cutoffs.refreshTokens = refreshTokens;
        cutoffs.revocations = revocations;
    }

    @Test
    void aTokenOfADisabledClientIssuedBeforeOrInTheCutOffsSecondIsRefused() {
        Instant cut = Instant.parse("2026-12-05T10:00:00.400Z");
        cutoffs.revocations.cutOff(TokenRevocations.CutOff.CLIENT, "app", cut, TokenCutoffs.KEPT);

        assertThatThrownBy(() -> cutoffs.check("someone", "app", cut.minusSeconds(60))).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("client disabled");
        // iat has whole seconds: 10:00:00 may have been issued at 10:00:00.9, after the cut, or before it; refused
        assertThatThrownBy(() -> cutoffs.check("someone", "app", cut.truncatedTo(ChronoUnit.SECONDS))).isInstanceOf(InvalidTokenException.class);
        assertThatCode(() -> cutoffs.check("someone", "app", cut.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1))).doesNotThrowAnyException();
        assertThatCode(() -> cutoffs.check("someone", "other-app", cut.minusSeconds(60))).doesNotThrowAnyException();
    }

    @Test
    void aTokenOfALockedPersonIsRefusedWhicheverClientItWasIssuedTo() {
        UUID person = UUID.randomUUID();
        Instant cut = Instant.parse("2026-12-05T10:00:00Z");
        cutoffs.revocations.cutOff(TokenRevocations.CutOff.ACCOUNT, person.toString(), cut, TokenCutoffs.KEPT);

        assertThatThrownBy(() -> cutoffs.check(person.toString(), "any-app", cut.minusSeconds(1))).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("account locked");
        assertThatCode(() -> cutoffs.check(UUID.randomUUID().toString(), "any-app", cut.minusSeconds(1))).doesNotThrowAnyException();
    }

    @Test
    void aTokenWithoutAClientIdMeetsOnlyThePersonsCutOff() {
        assertThatCode(() -> cutoffs.check("gateway-7", null, Instant.now())).doesNotThrowAnyException();
    }

    @Test
    void disablingAClientRevokesItsRefreshTokensStillAliveAndCutsItsAccessTokens() {
        RefreshTokens tokens = GrantFakes.refreshTokens(refreshTokens);
        tokens.issue(UUID.randomUUID(), "app", GrantFakes.session(), "openid");
        tokens.revokeFamily(tokens.lookUp(tokens.issue(UUID.randomUUID(), "app", GrantFakes.session(), "openid")).orElseThrow().familyId());
        String otherClients = tokens.issue(UUID.randomUUID(), "other-app", GrantFakes.session(), "openid");

        assertThat(cutoffs.cutClient("app")).as("the one still alive").isEqualTo(1);

        assertThat(refreshTokens.byHash.values()).filteredOn(t -> t.clientId().equals("app")).allMatch(t -> t.revokedAt() != null);
        assertThat(tokens.lookUp(otherClients).orElseThrow().revokedAt()).isNull();
        assertThat(cuts).containsKey(TokenRevocations.CutOff.CLIENT + ":app");
    }

    @Test
    void lockingAPersonRevokesTheirRefreshTokensAtEveryClient() {
        RefreshTokens tokens = GrantFakes.refreshTokens(refreshTokens);
        org.vigil.identity.domain.LoginSession session = GrantFakes.session();
        tokens.issue(UUID.randomUUID(), "app", session, "openid");
        tokens.issue(UUID.randomUUID(), "other-app", session, "openid");
        String someoneElses = tokens.issue(UUID.randomUUID(), "app", GrantFakes.session(), "openid");

        assertThat(cutoffs.cutAccount(session.accountId())).isEqualTo(2);

        assertThat(tokens.lookUp(someoneElses).orElseThrow().revokedAt()).isNull();
        assertThat(cuts).containsKey(TokenRevocations.CutOff.ACCOUNT + ":" + session.accountId());
    }

    @Test
    void withdrawingAConsentEndsThatPersonsTokensAtThatClientOnly() {
        RefreshTokens tokens = GrantFakes.refreshTokens(refreshTokens);
        org.vigil.identity.domain.LoginSession session = GrantFakes.session();
        UUID person = session.accountId();
        tokens.issue(UUID.randomUUID(), "smart-app", session, "launch/patient");
        tokens.issue(UUID.randomUUID(), "other-app", session, "openid");
        Instant before = Instant.now().minusSeconds(5);

        assertThat(cutoffs.cutConsent(person, "smart-app")).isEqualTo(1);

        assertThatThrownBy(() -> cutoffs.check(person.toString(), "smart-app", before)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("consent withdrawn");
        assertThatCode(() -> cutoffs.check(person.toString(), "other-app", before)).doesNotThrowAnyException();
        assertThatCode(() -> cutoffs.check(UUID.randomUUID().toString(), "smart-app", before)).doesNotThrowAnyException();
        assertThat(refreshTokens.byHash.values()).filteredOn(t -> t.revokedAt() != null).extracting(t -> t.clientId())
                .containsExactly("smart-app");
    }
}
