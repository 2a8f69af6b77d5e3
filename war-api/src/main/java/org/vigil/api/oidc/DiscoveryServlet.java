package org.vigil.api.oidc;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.domain.KycLevel;
import org.vigil.identity.oidc.ClientRegistry;
import org.vigil.identity.oidc.DpopProofs;
import org.vigil.identity.oidc.DynamicClientRegistration;

/** OpenID Connect Discovery 1.0 at {@code {issuer}/.well-known/openid-configuration}. */
@WebServlet("/.well-known/openid-configuration")
public class DiscoveryServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IssuerUrl issuer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer.url());
        metadata.put("authorization_endpoint", issuer.resolve("/oidc/authorize"));
        metadata.put("token_endpoint", issuer.resolve("/oidc/token"));
        metadata.put("userinfo_endpoint", issuer.resolve("/oidc/userinfo"));
        metadata.put("jwks_uri", issuer.resolve("/oidc/jwks"));
        metadata.put("introspection_endpoint", issuer.resolve("/oidc/introspect"));
        metadata.put("revocation_endpoint", issuer.resolve("/oidc/revoke"));
        metadata.put("pushed_authorization_request_endpoint", issuer.resolve("/oidc/par"));
        // RFC 7591: open to applications holding an initial access token an admin issued
        metadata.put("registration_endpoint", issuer.resolve(DynamicClientRegistration.PATH));
        // clients can be held to pushed requests one by one (require_pushed_authorization_requests in their registration)
        metadata.put("require_pushed_authorization_requests", false);
        metadata.put("dpop_signing_alg_values_supported", DpopProofs.ALGORITHMS.stream().map(a -> a.getName()).sorted().toList());
        metadata.put("end_session_endpoint", issuer.resolve("/oidc/logout"));
        metadata.put("backchannel_logout_supported", true);
        metadata.put("backchannel_logout_session_supported", true);
        metadata.put("frontchannel_logout_supported", true);
        metadata.put("frontchannel_logout_session_supported", true);
        metadata.put("backchannel_authentication_endpoint", issuer.resolve("/oidc/backchannel"));
        metadata.put("backchannel_token_delivery_modes_supported", List.of("poll", "ping", "push"));
        metadata.put("backchannel_authentication_request_signing_alg_values_supported", List.of("ES256", "PS256", "RS256"));
        metadata.put("backchannel_user_code_parameter_supported", true);
        java.util.Set<String> scopes = new java.util.TreeSet<>(ClientRegistry.SCOPES);
        scopes.addAll(org.vigil.identity.oidc.SmartScopes.ALL);
        metadata.put("scopes_supported", List.copyOf(scopes));
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("response_modes_supported", List.of("query"));
        metadata.put("grant_types_supported", List.copyOf(ClientRegistry.GRANT_TYPES));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("ES256", "RS256"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post", "private_key_jwt", "none"));
        metadata.put("token_endpoint_auth_signing_alg_values_supported", List.of("ES256", "RS256", "PS256"));
        metadata.put("introspection_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post", "private_key_jwt"));
        metadata.put("revocation_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post", "private_key_jwt", "none"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("prompt_values_supported", List.of("none", "login", "consent"));
        metadata.put("acr_values_supported", List.of(KycLevel.LOW.acr().orElseThrow(), KycLevel.SUBSTANTIAL.acr().orElseThrow(),
                KycLevel.HIGH.acr().orElseThrow()));
        metadata.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "acr", "amr", "sid", "azp",
                "name", "given_name", "family_name", "email", "email_verified", "phone_number", "phone_number_verified"));
        metadata.put("claims_parameter_supported", false);
        metadata.put("request_parameter_supported", false);
        metadata.put("request_uri_parameter_supported", false);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "max-age=300");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getWriter().write(JSON.toJson(metadata));
    }
}
