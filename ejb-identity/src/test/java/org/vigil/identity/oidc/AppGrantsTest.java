package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.vigil.identity.domain.Consent;
import org.vigil.platform.access.Caller;

/** What a person allowed outside applications, and its withdrawal, over stores kept without a database. */
class AppGrantsTest {

    private final AppGrants grants = new AppGrants();
    private final GrantFakes.ConsentStore consents = new GrantFakes.ConsentStore();
    private final GrantFakes.ClientStore clients = new GrantFakes.ClientStore();
    private final GrantFakes.RefreshTokenStore refreshTokens = new GrantFakes.RefreshTokenStore();
    private final GrantFakes.Revocations revocations = new GrantFakes.Revocations();
    private final GrantFakes.Audit audit = new GrantFakes.Audit();
    private final UUID person = UUID.randomUUID();

    AppGrantsTest() {
        TokenCutoffs cutoffs = new TokenCutoffs();
        cutoffs.refreshTokens = refreshTokens;
        cutoffs.revocations = revocations;
        grants.consents = consents;
        grants.clients = clients;
        grants.cutoffs = cutoffs;
        grants.audit = audit;
        clients.store(GrantFakes.client("heart-diary", Set.of("authorization_code"), SmartScopes.ALL, Set.of()));
        consents.store(new Consent(person, "heart-diary", Set.of("launch/patient", "patient/Observation.rs"), Instant.now()));
    }

    private Caller viaOwnApp(UUID who) {
        return new Caller(who.toString(), false, Set.of("patient"), Set.of("openid"), true, "::1");
    }

    @Test
    void thePersonSeesEachAppByNameWithItsScopes() {
        assertThat(grants.of(viaOwnApp(person))).singleElement().satisfies(g -> {
            assertThat(g.clientName()).as("the fake client is named by its id").isEqualTo("heart-diary");
            assertThat(g.clientId()).isEqualTo("heart-diary");
            assertThat(g.scopes()).containsExactly("launch/patient", "patient/Observation.rs");
        });
        assertThat(grants.of(viaOwnApp(UUID.randomUUID()))).as("another person's").isEmpty();
    }

    @Test
    void withdrawalRemovesTheConsentEndsTheTokensAndIsOnRecord() {
        GrantFakes.refreshTokens(refreshTokens).issue(UUID.randomUUID(), "heart-diary",
                new org.vigil.identity.domain.LoginSession("sid", person, Instant.now(), null, java.util.List.of("swk")), "launch/patient");

        grants.withdraw(viaOwnApp(person), "heart-diary");

        assertThat(consents.find(person, "heart-diary")).isEmpty();
        assertThat(refreshTokens.byHash.values()).allSatisfy(t -> assertThat(t.revokedAt()).isNotNull());
        assertThat(revocations.cuts).containsKey(TokenRevocations.CutOff.CONSENT + ":" + person + " heart-diary");
        assertThat(audit.actions).containsExactly("oidc.consent-withdrawn");
        assertThatThrownBy(() -> grants.withdraw(viaOwnApp(person), "heart-diary")).isInstanceOf(UnknownClientException.class);
    }

    @Test
    void onlyThePersonThroughVigilsOwnApplicationsMayLookOrWithdraw() {
        Caller outsideApp = new Caller(person.toString(), false, Set.of(), Set.of("patient/Observation.rs"), false, "::1");
        Caller device = new Caller("gateway-1", true, Set.of("gateway"), Set.of(), true, "::1");
        assertThatThrownBy(() -> grants.of(outsideApp)).isInstanceOf(AppGrantsForbiddenException.class);
        assertThatThrownBy(() -> grants.withdraw(outsideApp, "heart-diary")).isInstanceOf(AppGrantsForbiddenException.class);
        assertThatThrownBy(() -> grants.of(device)).isInstanceOf(AppGrantsForbiddenException.class);
        assertThat(consents.find(person, "heart-diary")).isPresent();
    }
}
