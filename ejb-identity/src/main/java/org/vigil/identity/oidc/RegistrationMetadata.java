package org.vigil.identity.oidc;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.ciba.BackChannelTokenDeliveryMode;
import com.nimbusds.oauth2.sdk.client.RegistrationError;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientMetadata;

import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.domain.OAuthClient;

/**
 * RFC 7591 client metadata, as an application sends it to register itself, against what Vigil
 * registers. A dynamically registered client is always an outside (third-party) application: no
 * roles, no privileged scopes, CIBA in poll mode only; ping, push and roles stay with admins.
 */
final class RegistrationMetadata {

    private RegistrationMetadata() {
    }

    /** @throws OAuthException {@code invalid_client_metadata} for what Vigil does not register this way */
    static ClientRegistration toRegistration(String clientId, OIDCClientMetadata m) {
        if (m.getResponseTypes() != null && !m.getResponseTypes().isEmpty() && !m.getResponseTypes().equals(Set.of(ResponseType.CODE))) {
            throw invalid("response_types: only code");
        }
        if (m.getBackChannelTokenDeliveryMode() != null && !m.getBackChannelTokenDeliveryMode().equals(BackChannelTokenDeliveryMode.POLL)) {
            throw invalid("backchannel_token_delivery_mode: only poll for a dynamically registered client; an admin registers ping and push");
        }
        if (m.getTLSClientCertificateBoundAccessTokens()) {
            throw invalid("tls_client_certificate_bound_access_tokens: not offered; use dpop_bound_access_tokens");
        }
        ClientAuthMethod authMethod = authMethod(m.getTokenEndpointAuthMethod());
        Set<String> grantTypes = m.getGrantTypes() == null || m.getGrantTypes().isEmpty() ? Set.of(GrantType.AUTHORIZATION_CODE.getValue())
                : m.getGrantTypes().stream().map(GrantType::getValue).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> scopes = m.getScope() == null ? Set.of() : new LinkedHashSet<>(m.getScope().toStringList());
        String name = m.getName() == null || m.getName().isBlank() ? clientId : m.getName();
        return new ClientRegistration(clientId, name, authMethod, m.getJWKSet() == null ? null : m.getJWKSet().toString(false),
                m.getJWKSetURI() == null ? null : m.getJWKSetURI().toString(), strings(m.getRedirectionURIs()),
                strings(m.getPostLogoutRedirectionURIs()), grantTypes, scopes, Set.of(), false,
                m.getIDTokenJWSAlg() == null ? null : m.getIDTokenJWSAlg().getName(), null, false,
                m.getBackChannelLogoutURI() == null ? null : m.getBackChannelLogoutURI().toString(), m.requiresBackChannelLogoutSession(),
                m.getFrontChannelLogoutURI() == null ? null : m.getFrontChannelLogoutURI().toString(), m.requiresFrontChannelLogoutSession(),
                new FapiSettings(m.requiresPushedAuthorizationRequests(), m.getDPoPBoundAccessTokens()));
    }

    /** What the server answers about a client: its metadata as registered. */
    static OIDCClientMetadata of(OAuthClient c) {
        OIDCClientMetadata m = new OIDCClientMetadata();
        m.setName(c.name());
        m.setRedirectionURIs(c.redirectUris().stream().map(URI::create).collect(Collectors.toCollection(LinkedHashSet::new)));
        m.setPostLogoutRedirectionURIs(c.postLogoutRedirectUris().stream().map(URI::create).collect(Collectors.toCollection(LinkedHashSet::new)));
        m.setGrantTypes(c.grantTypes().stream().map(GrantType::new).collect(Collectors.toCollection(LinkedHashSet::new)));
        if (c.grantTypes().contains(GrantType.AUTHORIZATION_CODE.getValue())) {
            m.setResponseTypes(Set.of(ResponseType.CODE));
        }
        m.setScope(new Scope(c.scopes().toArray(String[]::new)));
        m.setTokenEndpointAuthMethod(ClientAuthenticationMethod.parse(c.authMethod().value()));
        if (c.jwksUri() != null) {
            m.setJWKSetURI(URI.create(c.jwksUri()));
        } else if (!c.jwks().getKeys().isEmpty()) {
            m.setJWKSet(c.jwks());
        }
        m.setIDTokenJWSAlg(JWSAlgorithm.parse(c.idTokenAlg()));
        if (c.backchannelLogoutUri() != null) {
            m.setBackChannelLogoutURI(URI.create(c.backchannelLogoutUri()));
            m.requiresBackChannelLogoutSession(c.backchannelLogoutSessionRequired());
        }
        if (c.frontchannelLogoutUri() != null) {
            m.setFrontChannelLogoutURI(URI.create(c.frontchannelLogoutUri()));
            m.requiresFrontChannelLogoutSession(c.frontchannelLogoutSessionRequired());
        }
        m.requiresPushedAuthorizationRequests(c.requiresPushedRequests());
        m.setDPoPBoundAccessTokens(c.requiresDpop());
        return m;
    }

    /** A field the registry refused, in the metadata's own names: {@code invalid_redirect_uri} for redirect URIs (RFC 7591 §3.2.2). */
    static OAuthException refused(InvalidFieldException e) {
        String field = switch (e.field()) {
            case "name" -> "client_name";
            case "scopes" -> "scope";
            case "authMethod" -> "token_endpoint_auth_method";
            default -> e.field().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
        };
        String description = field + ": " + e.reason();
        return field.endsWith("redirect_uris") ? new OAuthException(RegistrationError.INVALID_REDIRECT_URI, describable(description))
                : invalid(description);
    }

    static OAuthException invalid(String description) {
        return new OAuthException(RegistrationError.INVALID_CLIENT_METADATA, describable(description));
    }

    /** RFC 6749 §5.2 keeps quotes and backslashes out of an error description; parse errors echo input that may have them. */
    private static String describable(String description) {
        return description.replaceAll("[^\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]", "'");
    }

    private static ClientAuthMethod authMethod(ClientAuthenticationMethod method) {
        String value = method == null ? ClientAuthMethod.CLIENT_SECRET_BASIC.value() : method.getValue();
        try {
            return ClientAuthMethod.of(value);
        } catch (IllegalArgumentException e) {
            throw invalid("token_endpoint_auth_method: one of client_secret_basic, client_secret_post, private_key_jwt, none");
        }
    }

    private static Set<String> strings(Set<URI> uris) {
        return uris == null ? Set.of() : uris.stream().map(URI::toString).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
