package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientMetadata;

import org.junit.jupiter.api.Test;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.domain.OAuthClient;

class RegistrationMetadataTest {

    private static OIDCClientMetadata metadata(String json) throws Exception {
        return OIDCClientMetadata.parse(JSONObjectUtils.parse(json));
    }

    @Test
    void whatRfc7591LeavesOutTakesItsDefaultsAndTheClientIsAlwaysAnOutsideOne() throws Exception {
        ClientRegistration r = RegistrationMetadata.toRegistration("app-1", metadata("{\"redirect_uris\":[\"https://rp.example/cb\"]}"));

        assertThat(r.grantTypes()).containsExactly("authorization_code");
        assertThat(r.authMethod()).isEqualTo(ClientAuthMethod.CLIENT_SECRET_BASIC);
        assertThat(r.name()).isEqualTo("app-1");
        assertThat(r.firstParty()).isFalse();
        assertThat(r.roles()).isEmpty();
        assertThat(r.scopes()).isEmpty();
        assertThat(r.ciba()).isNull();
        assertThat(r.redirectUris()).containsExactly("https://rp.example/cb");
    }

    @Test
    void theMetadataNamesMapOntoTheRegistration() throws Exception {
        ClientRegistration r = RegistrationMetadata.toRegistration("app-2", metadata("""
                {"client_name":"Clinic portal","grant_types":["client_credentials"],"token_endpoint_auth_method":"client_secret_post",
                 "scope":"openid email","id_token_signed_response_alg":"RS256","require_pushed_authorization_requests":true,
                 "dpop_bound_access_tokens":true,"backchannel_logout_uri":"https://rp.example/logout"}"""));

        assertThat(r.name()).isEqualTo("Clinic portal");
        assertThat(r.grantTypes()).containsExactly("client_credentials");
        assertThat(r.authMethod()).isEqualTo(ClientAuthMethod.CLIENT_SECRET_POST);
        assertThat(r.scopes()).containsExactly("openid", "email");
        assertThat(r.idTokenAlg()).isEqualTo("RS256");
        assertThat(r.fapi()).isEqualTo(new FapiSettings(true, true));
        assertThat(r.backchannelLogoutUri()).isEqualTo("https://rp.example/logout");
    }

    @Test
    void whatOnlyAnAdminRegistersIsRefusedWithInvalidClientMetadata() {
        assertThatThrownBy(() -> RegistrationMetadata.toRegistration("a", metadata("{\"response_types\":[\"token\"]}")))
                .isInstanceOfSatisfying(OAuthException.class, e -> {
                    assertThat(e.error().getCode()).isEqualTo("invalid_client_metadata");
                    assertThat(e.error().getHTTPStatusCode()).isEqualTo(400);
                });
        assertThatThrownBy(() -> RegistrationMetadata.toRegistration("a", metadata(
                "{\"grant_types\":[\"urn:openid:params:grant-type:ciba\"],\"backchannel_token_delivery_mode\":\"ping\"}")))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.getMessage()).startsWith("backchannel_token_delivery_mode"));
        assertThatThrownBy(() -> RegistrationMetadata.toRegistration("a", metadata("{\"token_endpoint_auth_method\":\"client_secret_jwt\"}")))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.getMessage()).startsWith("token_endpoint_auth_method"));
    }

    @Test
    void theRegistrysRefusalsSpeakInMetadataNames() {
        OAuthException redirect = RegistrationMetadata.refused(new InvalidFieldException("redirectUris", "http://x is not https"));
        assertThat(redirect.error().getCode()).isEqualTo("invalid_redirect_uri");
        assertThat(redirect.getMessage()).isEqualTo("redirect_uris: http://x is not https");

        assertThat(RegistrationMetadata.refused(new InvalidFieldException("scopes", "no")).getMessage()).isEqualTo("scope: no");
        assertThat(RegistrationMetadata.refused(new InvalidFieldException("idTokenSignedResponseAlg", "ES256 or RS256")).getMessage())
                .isEqualTo("id_token_signed_response_alg: ES256 or RS256");
        assertThat(RegistrationMetadata.refused(new InvalidFieldException("postLogoutRedirectUris", "bad")).error().getCode())
                .isEqualTo("invalid_redirect_uri");
        assertThat(RegistrationMetadata.invalid("jwks: \"x\\y\" é").getMessage()).as("RFC 6749's characters only").isEqualTo("jwks: 'x'y' '");
    }

    @Test
    void theAnswerDescribesTheClientAsRegistered() {
        OAuthClient client = new OAuthClient("app-3", "Portal", ClientAuthMethod.CLIENT_SECRET_BASIC, "hash", null,
                Set.of("https://rp.example/cb"), Set.of(), Set.of("authorization_code", "refresh_token"), Set.of("openid"), Set.of(), false,
                Instant.now());

        OIDCClientMetadata m = RegistrationMetadata.of(client);

        assertThat(m.getName()).isEqualTo("Portal");
        assertThat(m.getRedirectionURIStrings()).containsExactly("https://rp.example/cb");
        assertThat(m.getResponseTypes()).extracting(Object::toString).containsExactly("code");
        assertThat(m.getTokenEndpointAuthMethod().getValue()).isEqualTo("client_secret_basic");
        assertThat(m.getIDTokenJWSAlg().getName()).isEqualTo("ES256");
        assertThat(m.getScope().toString()).isEqualTo("openid");
        assertThat(m.getJWKSet()).as("a client without keys has no jwks").isNull();
    }

    @Test
    void aClientsPublicKeysTravelAsAJwkSet() throws Exception {
        String key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate().toPublicJWK().toJSONString();
        ClientRegistration r = RegistrationMetadata.toRegistration("app-4", metadata("{\"grant_types\":[\"client_credentials\"],"
                + "\"token_endpoint_auth_method\":\"private_key_jwt\",\"jwks\":{\"keys\":[" + key + "]}}"));

        assertThat(JWKSet.parse(r.jwks()).getKeyByKeyId("k1")).isNotNull();
    }
}
