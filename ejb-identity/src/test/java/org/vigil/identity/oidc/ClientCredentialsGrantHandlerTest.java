package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.Scope;

import org.junit.jupiter.api.Test;

import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.domain.OAuthClient;

class ClientCredentialsGrantHandlerTest {

    /** What the grant asked to be minted. */
    private record Minted(String subject, String clientId, String scope, List<String> roles) {
    }

    private static final class Minter extends TokenMinter {
        final List<Minted> minted = new ArrayList<>();

        @Override
        public String accessToken(String subject, String clientId, String scope, List<String> roles, LoginSession session, UUID grantId,
                                  String dpopJkt) {
            minted.add(new Minted(subject, clientId, scope, roles));
            return "at-" + minted.size();
        }
    }

    private final Minter minter = new Minter();
    private final ClientCredentialsGrantHandler handler = new ClientCredentialsGrantHandler(minter);

    @Test
    void withoutAScopeAClientGetsItsPrivilegedScopesItsRolesBack() {
        OAuthClient admin = GrantFakes.client("vigil-admin", Set.of("client_credentials"), Set.of("vigil:admin", "openid"), Set.of("admin"));

        AccessTokenResponse response = handler.grant(admin, null, null);

        assertThat(minter.minted).singleElement().isEqualTo(new Minted("vigil-admin", "vigil-admin", "vigil:admin", List.of("admin")));
        assertThat(response.getTokens().getAccessToken().getScope()).isEqualTo(new Scope("vigil:admin"));
        assertThat(response.getTokens().getRefreshToken()).isNull();
    }

    @Test
    void aPrivilegedScopeWithoutItsRoleIsLeftOut() {
        OAuthClient gateway = GrantFakes.client("gw-1", Set.of("client_credentials"), Set.of("vigil:admin", "vitals"), Set.of("gateway"));

        handler.grant(gateway, null, null);
        handler.grant(gateway, new Scope("vigil:admin", "vitals"), null);

        assertThat(minter.minted).extracting(Minted::scope).containsExactly("", "vitals");
    }

    @Test
    void aScopeTheClientIsNotRegisteredForIsRefused() {
        OAuthClient gateway = GrantFakes.client("gw-1", Set.of("client_credentials"), Set.of("vitals"), Set.of("gateway"));

        assertThatThrownBy(() -> handler.grant(gateway, new Scope("vitals", "fhir"), null))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error().getCode()).isEqualTo("invalid_scope"));
        assertThat(minter.minted).isEmpty();
    }
}
