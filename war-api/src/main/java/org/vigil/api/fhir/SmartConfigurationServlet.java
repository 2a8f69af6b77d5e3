package org.vigil.api.fhir;

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
import org.vigil.identity.oidc.SmartScopes;

/**
 * SMART App Launch 2.x discovery ({@code .well-known/smart-configuration}), relative to the FHIR base as SMART requires
 * and at the server's root for clients that look there: where to authorize and get tokens, what Vigil's OpenID provider
 * offers SMART apps (standalone patient launch, public clients with PKCE, confidential clients with private_key_jwt).
 * A servlet, like OpenID discovery, so it is open to all and no FHIR mapper answers for it.
 */
@WebServlet({"/fhir/.well-known/smart-configuration", "/.well-known/smart-configuration"})
public class SmartConfigurationServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();
    /** What Vigil supports of SMART's capability list; EHR launch and user-level scopes are not among them. */
    static final List<String> CAPABILITIES = List.of("launch-standalone", "client-public", "client-confidential-asymmetric",
            "context-standalone-patient", "permission-patient", "permission-offline", "permission-v2");

    @Inject
    IssuerUrl issuer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer.url());
        metadata.put("jwks_uri", issuer.resolve("/oidc/jwks"));
        metadata.put("authorization_endpoint", issuer.resolve("/oidc/authorize"));
        metadata.put("token_endpoint", issuer.resolve("/oidc/token"));
        metadata.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("none", "private_key_jwt", "client_secret_basic"));
        metadata.put("token_endpoint_auth_signing_alg_values_supported", List.of("ES256", "RS256"));
        metadata.put("introspection_endpoint", issuer.resolve("/oidc/introspect"));
        metadata.put("revocation_endpoint", issuer.resolve("/oidc/revoke"));
        metadata.put("scopes_supported", SmartScopes.SUPPORTED);
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("capabilities", CAPABILITIES);
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "max-age=300");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getWriter().write(JSON.toJson(metadata));
    }
}
