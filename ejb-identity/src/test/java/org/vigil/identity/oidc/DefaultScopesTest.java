package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.domain.ClientSecrets;
import org.vigil.identity.domain.OAuthClient;

class DefaultScopesTest {

    @Test
    void theConsoleGetsTheAdminScopeAddedAndNoOtherClientDoes() {
        assertThat(DefaultScopes.of(client(ConsoleClientBootstrap.CLIENT_ID, true))).containsExactly("vigil:admin");
        assertThat(DefaultScopes.of(client("ward-board", true))).isEmpty();
    }

    @Test
    void aConsoleRowDemotedToAnOutsideApplicationGetsNothingAdded() {
        assertThat(DefaultScopes.of(client(ConsoleClientBootstrap.CLIENT_ID, false))).isEmpty();
    }

    private static OAuthClient client(String clientId, boolean firstParty) {
        return new OAuthClient(clientId, clientId, ClientAuthMethod.of("client_secret_basic"), ClientSecrets.hash("s3cret-" + clientId), null,
                Set.of("https://app.example/cb"), Set.of(), Set.of("authorization_code"), ConsoleClientBootstrap.SCOPES, Set.of(), firstParty,
                Instant.now());
    }
}
