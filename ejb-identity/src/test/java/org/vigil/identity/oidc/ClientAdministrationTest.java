package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.domain.ClientSecrets;
import org.vigil.identity.domain.OAuthClient;

/** What an admin may change about a registered client, over repositories without a database. */
class ClientAdministrationTest {

    private final GrantFakes.ClientStore clients = new GrantFakes.ClientStore();
    private final GrantFakes.RefreshTokenStore refreshTokens = new GrantFakes.RefreshTokenStore();
    private final GrantFakes.Revocations revocations = new GrantFakes.Revocations();
    private final GrantFakes.Audit audit = new GrantFakes.Audit();
    private final ClientAdministration administration = new ClientAdministration();

    private final OAuthClient app = GrantFakes.client("app", Set.of("authorization_code", "refresh_token"), Set.of("openid"), Set.of());

    ClientAdministrationTest() {
        TokenCutoffs cutoffs = new TokenCutoffs();
        cutoffs.refreshTokens = refreshTokens;
        cutoffs.revocations = revocations;
        administration.clients = clients;
        administration.cutoffs = cutoffs;
        administration.audit = audit;
        clients.store(app);
    }

    @Test
    void disablingAClientEndsItsTokensAndSaysHowManyInTheAuditTrail() {
        RefreshTokens tokens = GrantFakes.refreshTokens(refreshTokens);
        tokens.issue(UUID.randomUUID(), "app", GrantFakes.session(), "openid");
        tokens.issue(UUID.randomUUID(), "app", GrantFakes.session(), "openid");

        ClientDetails disabled = administration.disable("app", "leaked secret", "account:admin", "192.0.2.1");

        assertThat(disabled.enabled()).isFalse();
        assertThat(app.isEnabled()).isFalse();
        assertThat(refreshTokens.byHash.values()).allMatch(t -> t.revokedAt() != null);
        assertThat(revocations.cuts).containsKey(TokenRevocations.CutOff.CLIENT + ":app");
        assertThat(audit.actions).containsExactly("client.disable");
        assertThat(audit.details.get(0)).contains("leaked secret").contains("2 refresh tokens revoked");
    }

    @Test
    void aNewSecretReplacesTheOldOneAtOnce() {
        String old = "s3cret-app";
        assertThat(ClientSecrets.matches(old, app.secretHash())).isTrue();

        String fresh = administration.rotateSecret("app", "account:admin", null);

        assertThat(ClientSecrets.matches(fresh, app.secretHash())).isTrue();
        assertThat(ClientSecrets.matches(old, app.secretHash())).isFalse();
    }

    @Test
    void aClientWithoutASecretGetsNone() {
        clients.store(new OAuthClient("gw-1", "gateway", ClientAuthMethod.PRIVATE_KEY_JWT, null, "{\"keys\":[]}", Set.of(), Set.of(),
                Set.of("client_credentials"), Set.of(), Set.of("gateway"), false, Instant.now()));

        assertThatThrownBy(() -> administration.rotateSecret("gw-1", "account:admin", null)).isInstanceOf(ClientChangeRefusedException.class)
                .hasMessageContaining("private_key_jwt");
    }

    @Test
    void clientsTheConfigurationRegistersAndUnknownClientsAreLeftAlone() {
        clients.store(GrantFakes.client(ConsoleClientBootstrap.CLIENT_ID, Set.of("authorization_code"), Set.of("openid"), Set.of()));

        assertThatThrownBy(() -> administration.disable(ConsoleClientBootstrap.CLIENT_ID, "why", "account:admin", null))
                .isInstanceOf(ClientChangeRefusedException.class);
        assertThatThrownBy(() -> administration.enable("nobody", "account:admin", null)).isInstanceOf(UnknownClientException.class);
        assertThatThrownBy(() -> administration.enable(null, "account:admin", null)).isInstanceOf(UnknownClientException.class);
        assertThat(audit.actions).isEmpty();
    }

    @Test
    void anEditKeepsThirdPartiesOffPrivilegedScopes() {
        assertThatThrownBy(() -> administration.edit("app", new ClientEdit("App", null, Set.of("openid", "vigil:admin")), "account:admin", null))
                .isInstanceOf(InvalidFieldException.class);

        ClientDetails edited = administration.edit("app", new ClientEdit("App renamed", null, Set.of("openid", "profile")), "account:admin", null);

        assertThat(edited.name()).isEqualTo("App renamed");
        assertThat(app.scopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(app.redirectUris()).containsExactly("https://app.example/cb");
    }
}
