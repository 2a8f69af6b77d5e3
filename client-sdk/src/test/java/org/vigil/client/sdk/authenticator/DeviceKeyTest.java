package org.vigil.client.sdk.authenticator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;

import org.junit.jupiter.api.Test;

class DeviceKeyTest {

    @Test
    void exposesOnlyThePublicMembersOfItsJwk() {
        DeviceKey key = TestKeys.inMemory();

        assertThat(key.publicJwk().isPrivate()).isFalse();
        assertThat(key.publicJwk().toJSONObject()).containsOnlyKeys("kty", "crv", "x", "y");
    }

    @Test
    void refusesAKeyThatIsNotP256() {
        KeyPair p384 = TestKeys.pair("secp384r1");

        assertThatThrownBy(() -> new DeviceKey(p384.getPrivate(), (ECPublicKey) p384.getPublic(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P-256");
    }

    @Test
    void signsWithEs256Only() {
        DeviceKey key = TestKeys.inMemory();

        assertThatThrownBy(() -> key.sign(new JWSHeader(JWSAlgorithm.ES384), new JWTClaimsSet.Builder().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ES256");
    }
}
