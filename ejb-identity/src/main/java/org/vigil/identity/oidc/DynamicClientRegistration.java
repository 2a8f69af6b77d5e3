package org.vigil.identity.oidc;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientInformation;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientMetadata;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.ClientSecrets;
import org.vigil.identity.domain.InitialAccessToken;
import org.vigil.identity.domain.InitialAccessTokenRepository;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.OAuthClientRepository;

/**
 * OAuth 2.0 Dynamic Client Registration (RFC 7591) behind an initial access token an admin issued,
 * and the management protocol (RFC 7592) with the registration access token each registration
 * returns: read, update (name, redirect URIs, scopes) and delete. Both tokens are kept hashed, so an
 * answer carries the registration access token the caller presented rather than a new one.
 */
@Stateless
public class DynamicClientRegistration {

    /** Where a registered client manages itself, under the issuer. */
    public static final String PATH = "/oidc/register";

    @Inject
    OAuthClientRepository clients;

    @Inject
    InitialAccessTokenRepository initialTokens;

    @Inject
    IssuerUrl issuer;

    @Inject
    TokenCutoffs cutoffs;

    @EJB
    ClientRegistry registry;

    @EJB
    ClientAdministration administration;

    @EJB
    AuditTrail audit;

    /** @throws OAuthException {@code invalid_token} (401) for a missing or spent initial access token, {@code invalid_client_metadata} or {@code invalid_redirect_uri} */
    public OIDCClientInformation register(String initialAccessToken, String metadataJson, String clientAddress) {
        InitialAccessToken grant = initialTokens.lockByHash(ClientSecrets.hash(String.valueOf(initialAccessToken)))
                .filter(t -> t.usableAt(Instant.now()))
                .orElseThrow(() -> refusal("initial-access-token", "client.register.dynamic", "registration", clientAddress,
                        "no usable initial access token"));
        String clientId = "app-" + UUID.randomUUID();
        RegisteredClient registered;
        try {
            registered = registry.register(RegistrationMetadata.toRegistration(clientId, parse(metadataJson)));
        } catch (InvalidFieldException e) {
            throw RegistrationMetadata.refused(e);
        }
        OAuthClient client = clients.find(clientId).orElseThrow();
        String registrationToken = ClientSecrets.generate();
        client.manageWith(ClientSecrets.hash(registrationToken));
        grant.use();
        audit.record("initial-access-token:" + grant.id(), "client.register.dynamic", "client:" + clientId, AuditEvent.Outcome.SUCCESS,
                clientAddress, "\"" + client.name() + "\", grant types " + client.grantTypes() + ", scopes " + client.scopes());
        return information(client, registered.secret(), registrationToken);
    }

    /** RFC 7592 §2.1: the client as registered (its secret is not kept in clear, so it is not in the answer). */
    public OIDCClientInformation read(String clientId, String registrationToken, String clientAddress) {
        return information(managed(clientId, registrationToken, clientAddress, "client.read.dynamic"), null, registrationToken);
    }

    /**
     * RFC 7592 §2.2: the client replaces its metadata. The name, redirect URIs and scopes may change; the
     * rest must stay as registered (a different authentication method or grant is a new registration).
     */
    public OIDCClientInformation update(String clientId, String registrationToken, String metadataJson, String clientAddress) {
        OAuthClient client = managed(clientId, registrationToken, clientAddress, "client.update.dynamic");
        var json = parseObject(metadataJson);
        if (!clientId.equals(json.get("client_id"))) {
            throw RegistrationMetadata.invalid("client_id: must be the client's own id");
        }
        if (json.get("client_secret") != null && !ClientSecrets.matches(String.valueOf(json.get("client_secret")), client.secretHash())) {
            throw RegistrationMetadata.invalid("client_secret: not the client's secret");
        }
        ClientRegistration wanted = RegistrationMetadata.toRegistration(clientId, parse(metadataJson));
        unchangeable(client, wanted);
        try {
            administration.edit(clientId, new ClientEdit(wanted.name(), wanted.redirectUris(), wanted.scopes()), "client:" + clientId,
                    clientAddress);
        } catch (InvalidFieldException e) {
            throw RegistrationMetadata.refused(e);
        }
        return information(client, null, registrationToken);
    }

    /** RFC 7592 §2.3: deleted for good; its tokens stop working, as when an admin disables a client. */
    public void delete(String clientId, String registrationToken, String clientAddress) {
        OAuthClient client = managed(clientId, registrationToken, clientAddress, "client.delete.dynamic");
        client.delete(Instant.now());
        int revoked = cutoffs.cutClient(clientId);
        audit.record("client:" + clientId, "client.delete.dynamic", "client:" + clientId, AuditEvent.Outcome.SUCCESS, clientAddress,
                revoked + " refresh tokens revoked");
    }

    private OAuthClient managed(String clientId, String registrationToken, String clientAddress, String action) {
        return clients.find(clientId)
                .filter(c -> !c.isDeleted() && c.registrationTokenHash() != null && registrationToken != null
                        && ClientSecrets.matches(registrationToken, c.registrationTokenHash()))
                .orElseThrow(() -> refusal("client:" + clientId, action, "client:" + clientId, clientAddress,
                        "no client with this registration access token"));
    }

    private OAuthException refusal(String actor, String action, String target, String clientAddress, String reason) {
        audit.recordRefusal(actor, action, target, clientAddress, reason);
        return new OAuthException(BearerTokenError.INVALID_TOKEN, "The access token is missing, expired, used up or not for this client.");
    }

    private static void unchangeable(OAuthClient client, ClientRegistration wanted) {
        requireSame("token_endpoint_auth_method", client.authMethod(), wanted.authMethod());
        requireSame("grant_types", client.grantTypes(), wanted.grantTypes());
        requireSame("post_logout_redirect_uris", client.postLogoutRedirectUris(), wanted.postLogoutRedirectUris());
        requireSame("jwks_uri", client.jwksUri(), wanted.jwksUri());
        requireSame("jwks", thumbprints(client.jwks()), wanted.jwks() == null ? Set.of() : thumbprints(parseKeys(wanted.jwks())));
        requireSame("id_token_signed_response_alg", client.idTokenAlg(), wanted.idTokenAlg() == null ? "ES256" : wanted.idTokenAlg());
        requireSame("backchannel_logout_uri", client.backchannelLogoutUri(), wanted.backchannelLogoutUri());
        requireSame("frontchannel_logout_uri", client.frontchannelLogoutUri(), wanted.frontchannelLogoutUri());
        requireSame("require_pushed_authorization_requests", client.requiresPushedRequests(), wanted.fapi().requirePushedAuthorizationRequests());
        requireSame("dpop_bound_access_tokens", client.requiresDpop(), wanted.fapi().dpopBoundAccessTokens());
    }

    private static void requireSame(String field, Object registered, Object wanted) {
        if (!Objects.equals(registered, wanted)) {
            throw RegistrationMetadata.invalid(field + ": cannot change after registration; register a new client");
        }
    }

    private static Set<String> thumbprints(JWKSet keys) {
        if (keys == null) {
            return Set.of();
        }
        return keys.getKeys().stream().map(DynamicClientRegistration::thumbprint).collect(Collectors.toSet());
    }

    private static String thumbprint(JWK key) {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw RegistrationMetadata.invalid("jwks: a key without a thumbprint");
        }
    }

    private static JWKSet parseKeys(String json) {
        try {
            return JWKSet.parse(json);
        } catch (java.text.ParseException e) {
            throw RegistrationMetadata.invalid("jwks: not a JWK Set");
        }
    }

    private OIDCClientInformation information(OAuthClient client, String secret, String registrationToken) {
        return new OIDCClientInformation(new ClientID(client.clientId()), Date.from(client.createdAt()), RegistrationMetadata.of(client),
                secret == null ? null : new Secret(secret), URI.create(issuer.resolve(PATH + "/" + client.clientId())),
                new BearerAccessToken(registrationToken));
    }

    private static OIDCClientMetadata parse(String json) {
        try {
            return OIDCClientMetadata.parse(parseObject(json));
        } catch (ParseException e) {
            throw RegistrationMetadata.invalid(e.getMessage());
        }
    }

    private static net.minidev.json.JSONObject parseObject(String json) {
        try {
            return JSONObjectUtils.parse(json == null ? "" : json);
        } catch (ParseException e) {
            throw RegistrationMetadata.invalid("the body is not a JSON object");
        }
    }
}
