package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.nimbusds.oauth2.sdk.PushedAuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.util.URLUtils;

import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.PushedRequest;
import org.vigil.identity.domain.PushedRequestRepository;

class PushedRequestsTest {

    /** The table as a map: taking a row removes it, as the JPA repository deletes it. */
    private static final class Rows implements PushedRequestRepository {
        final Map<String, PushedRequest> byHash = new HashMap<>();

        @Override
        public void store(PushedRequest request) {
            byHash.put(request.requestUriHash(), request);
        }

        @Override
        public Optional<PushedRequest> take(String requestUriHash) {
            return Optional.ofNullable(byHash.remove(requestUriHash));
        }

        @Override
        public void removeExpired(Instant now) {
            byHash.values().removeIf(r -> r.expired(now));
        }
    }

    private final Rows rows = new Rows();
    private final OAuthClient app = GrantFakes.client("app", Set.of("authorization_code"), Set.of("openid", "profile"), Set.of());
    private final PushedRequests pushed = new PushedRequests(rows, new AuthorizationRequestCheck(registryWith(app)));

    private static ClientRegistry registryWith(OAuthClient client) {
        ClientRegistry registry = new ClientRegistry();
        GrantFakes.ClientStore store = new GrantFakes.ClientStore();
        store.store(client);
        registry.clients = store;
        return registry;
    }

    private static Map<String, List<String>> request(String extra) {
        return URLUtils.parseParameters("response_type=code&scope=openid&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&state=s1"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256" + extra);
    }

    @Test
    void aPushedRequestIsRedeemedOnceByItsClient() {
        PushedAuthorizationSuccessResponse answer = pushed.push(app, request(""));
        String requestUri = answer.getRequestURI().toString();

        assertThat(requestUri).startsWith("urn:ietf:params:oauth:request_uri:");
        assertThat(answer.getLifetime()).isEqualTo(60);
        Map<String, List<String>> redeemed = URLUtils.parseParameters(pushed.redeem(requestUri, "app").orElseThrow());
        assertThat(redeemed).containsEntry("client_id", List.of("app")).containsEntry("state", List.of("s1"));
        assertThat(pushed.redeem(requestUri, "app")).as("single use").isEmpty();
    }

    @Test
    void aRequestUriPresentedForAnotherClientIsRefusedAndSpent() {
        String requestUri = pushed.push(app, request("")).getRequestURI().toString();

        assertThat(pushed.redeem(requestUri, "other")).isEmpty();
        assertThat(pushed.redeem(requestUri, "app")).isEmpty();
        assertThat(pushed.redeem("https://evil.example/request", "app")).isEmpty();
    }

    @Test
    void aRequestTheAuthorizationEndpointWouldRefuseIsRefusedWhenPushed() {
        Map<String, List<String>> tooMuch = new HashMap<>(request(""));
        tooMuch.put("scope", List.of("openid vigil:admin"));
        assertThatThrownBy(() -> pushed.push(app, tooMuch))
                .isInstanceOf(OAuthException.class).satisfies(e -> assertThat(((OAuthException) e).error().getCode()).isEqualTo("invalid_scope"));
        assertThatThrownBy(() -> pushed.push(app, request("&request_uri=urn:ietf:params:oauth:request_uri:x")))
                .isInstanceOf(OAuthException.class).hasMessageContaining("request_uri cannot be pushed");
        assertThatThrownBy(() -> pushed.push(app, request("&client_id=someone-else")))
                .isInstanceOf(OAuthException.class).hasMessageContaining("client_id differs");
        assertThat(rows.byHash).as("nothing stored").isEmpty();
    }
}
