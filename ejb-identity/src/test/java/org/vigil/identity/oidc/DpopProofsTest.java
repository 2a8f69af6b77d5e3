package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;

import org.vigil.identity.application.ReplayGuard;

class DpopProofsTest {

    private static final URI TOKEN_ENDPOINT = URI.create("https://vigil.example/oidc/token");
    private static final URI USERINFO = URI.create("https://vigil.example/oidc/userinfo");

    /** The replay guard as the cache keeps it: each namespaced value once. */
    private static final class Seen implements ReplayGuard {
        final Set<String> values = new HashSet<>();

        @Override
        public boolean firstUse(String namespace, String value, Instant until) {
            return values.add(namespace + " " + value);
        }
    }

    private final DpopProofs proofs = new DpopProofs(new Seen());
    private final ECKey key = generate();
    private final DefaultDPoPProofFactory factory = factory(key);

    @Test
    void aTokenRequestProofNamesItsKeysThumbprint() throws Exception {
        String proof = factory.createDPoPJWT("POST", TOKEN_ENDPOINT).serialize();

        assertThat(proofs.tokenRequestKey(proof, TOKEN_ENDPOINT, "app", false)).isEqualTo(key.computeThumbprint().toString());
    }

    @Test
    void noProofIsNoBindingUnlessTheClientIsHeldToDpop() {
        assertThat(proofs.tokenRequestKey(null, TOKEN_ENDPOINT, "app", false)).isNull();
        assertThatThrownBy(() -> proofs.tokenRequestKey(null, TOKEN_ENDPOINT, "app", true))
                .isInstanceOf(InvalidDpopProofException.class).hasMessageContaining("must send a DPoP proof");
    }

    @Test
    void aProofForAnotherUrlOrMethodOrUsedTwiceIsRefused() throws Exception {
        String elsewhere = factory.createDPoPJWT("POST", URI.create("https://vigil.example/oidc/par")).serialize();
        String get = factory.createDPoPJWT("GET", TOKEN_ENDPOINT).serialize();
        String once = factory.createDPoPJWT("POST", TOKEN_ENDPOINT).serialize();
        proofs.tokenRequestKey(once, TOKEN_ENDPOINT, "app", false);

        assertThatThrownBy(() -> proofs.tokenRequestKey(elsewhere, TOKEN_ENDPOINT, "app", false)).isInstanceOf(InvalidDpopProofException.class);
        assertThatThrownBy(() -> proofs.tokenRequestKey(get, TOKEN_ENDPOINT, "app", false)).isInstanceOf(InvalidDpopProofException.class);
        assertThatThrownBy(() -> proofs.tokenRequestKey(once, TOKEN_ENDPOINT, "app", false))
                .isInstanceOf(InvalidDpopProofException.class).hasMessageContaining("already used");
    }

    @Test
    void anOldProofOrOneThatIsNoJwtIsRefused() throws Exception {
        Date longAgo = Date.from(Instant.now().minusSeconds(DpopProofs.MAX_AGE_SECONDS + DpopProofs.CLOCK_SKEW_SECONDS + 5));
        String old = factory.createDPoPJWT(new JWTID(), "POST", TOKEN_ENDPOINT, longAgo, null, null).serialize();

        assertThatThrownBy(() -> proofs.tokenRequestKey(old, TOKEN_ENDPOINT, "app", false)).isInstanceOf(InvalidDpopProofException.class);
        assertThatThrownBy(() -> proofs.tokenRequestKey("not-a-jwt", TOKEN_ENDPOINT, "app", false))
                .isInstanceOf(InvalidDpopProofException.class).hasMessageContaining("not a signed JWT");
    }

    @Test
    void aResourceRequestNeedsAProofByTheBoundKeyForThisTokenAndUrl() throws Exception {
        String jkt = key.computeThumbprint().toString();
        DPoPAccessToken token = new DPoPAccessToken("the-access-token");
        String good = factory.createDPoPJWT("GET", USERINFO, token).serialize();
        proofs.checkResourceRequest("GET", URI.create(USERINFO + "?x=1"), good, token.getValue(), "app", jkt);

        String otherToken = factory.createDPoPJWT("GET", USERINFO, new DPoPAccessToken("another-token")).serialize();
        assertThatThrownBy(() -> proofs.checkResourceRequest("GET", USERINFO, otherToken, token.getValue(), "app", jkt))
                .isInstanceOf(InvalidDpopProofException.class).hasMessageContaining("hash");
        String otherKey = factory(generate()).createDPoPJWT("GET", USERINFO, token).serialize();
        assertThatThrownBy(() -> proofs.checkResourceRequest("GET", USERINFO, otherKey, token.getValue(), "app", jkt))
                .isInstanceOf(InvalidDpopProofException.class).hasMessageContaining("thumbprint");
        String post = factory.createDPoPJWT("POST", USERINFO, token).serialize();
        assertThatThrownBy(() -> proofs.checkResourceRequest("GET", USERINFO, post, token.getValue(), "app", jkt))
                .isInstanceOf(InvalidDpopProofException.class);
        assertThatThrownBy(() -> proofs.checkResourceRequest("GET", USERINFO, null, token.getValue(), "app", jkt))
                .isInstanceOf(InvalidDpopProofException.class).hasMessageContaining("required");
        assertThatThrownBy(() -> proofs.checkResourceRequest("GET", USERINFO, good, token.getValue(), "app", jkt))
                .isInstanceOf(InvalidDpopProofException.class).hasMessageContaining("already used");
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static DefaultDPoPProofFactory factory(ECKey key) {
        try {
            return new DefaultDPoPProofFactory(key, JWSAlgorithm.ES256);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
