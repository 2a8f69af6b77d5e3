package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.nimbusds.oauth2.sdk.OAuth2Error;

import org.junit.jupiter.api.Test;

import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.domain.OAuthClient;

class CibaGrantHandlerTest {

    /** The CIBA service's answers: a grant for "approved", the refusal for anything else. */
    private static final class Ciba extends CibaService {
        final List<String> redeemed = new ArrayList<>();
        final List<String> pushed = new ArrayList<>();
        final LoginSession session = GrantFakes.session();

        @Override
        public Granted redeem(OAuthClient client, String authReqId) {
            redeemed.add(authReqId);
            return answer(authReqId);
        }

        @Override
        public Granted issueForPush(OAuthClient client, String authReqId) {
            pushed.add(authReqId);
            return answer(authReqId);
        }

        private Granted answer(String authReqId) {
            if (!authReqId.startsWith("approved")) {
                throw new OAuthException(OAuth2Error.INVALID_GRANT, "Unknown or redeemed auth_req_id.");
            }
            return new Granted(session, "openid profile");
        }
    }

    private final Ciba ciba = new Ciba();
    private final GrantFakes.Issuance issuance = new GrantFakes.Issuance();
    private final CibaGrantHandler handler = new CibaGrantHandler(ciba, issuance);
    private final OAuthClient station = GrantFakes.client("station-1", Set.of(CibaService.GRANT_TYPE), Set.of("openid", "profile"), Set.of());

    @Test
    void anApprovedRequestYieldsTokensOfItsLoginInAFreshGrant() {
        handler.grant(station, "approved-1", null);
        handler.grant(station, "approved-2", null);

        assertThat(ciba.redeemed).containsExactly("approved-1", "approved-2");
        assertThat(issuance.issued).allSatisfy(i -> {
            assertThat(i.session()).isEqualTo(ciba.session);
            assertThat(i.scope()).isEqualTo("openid profile");
            assertThat(i.pushedAuthReqId()).isNull();
            assertThat(i.rotatedRefreshToken()).isNull();
        });
        assertThat(issuance.issued.get(0).family()).isNotEqualTo(issuance.issued.get(1).family());
    }

    @Test
    void pushedTokensNameTheirRequest() {
        handler.pushTokens(station, "approved-1");

        assertThat(ciba.pushed).containsExactly("approved-1");
        assertThat(issuance.issued).singleElement().satisfies(i -> assertThat(i.pushedAuthReqId()).isEqualTo("approved-1"));
    }

    @Test
    void aRefusedRequestIssuesNothing() {
        assertThatThrownBy(() -> handler.grant(station, "denied-1", null)).isInstanceOf(OAuthException.class);
        assertThatThrownBy(() -> handler.pushTokens(station, "denied-1")).isInstanceOf(OAuthException.class);
        assertThat(issuance.issued).isEmpty();
    }
}
