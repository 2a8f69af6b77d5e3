package org.vigil.identity.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;

import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.application.Issuer;
import org.vigil.identity.application.ReplayGuard;

/** The registered clients, and proof at the token endpoint that a request comes from one. */
@Stateless
public class ClientRegistry {

    public static final Set<String> GRANT_TYPES = Set.of("authorization_code", "refresh_token", "client_credentials",
            CibaService.GRANT_TYPE);
    public static final Set<String> SCOPES = Set.of("openid", "profile", "email", "phone", "offline_access");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{3,100}");

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    ReplayGuard replayGuard;

    @Inject
    Issuer issuer;

    @Inject
    CibaConfiguration cibaConfiguration;

    public RegisteredClient register(ClientRegistration r) {
        if (r.clientId() == null || !CLIENT_ID.matcher(r.clientId()).matches()) {
            throw new InvalidFieldException("clientId", "3 to 100 letters, digits, dots, dashes or underscores");
        }
        if (r.name() == null || r.name().isBlank() || r.name().length() > 200) {
            throw new InvalidFieldException("name", "1 to 200 characters");
        }
        if (em.find(OAuthClient.class, r.clientId()) != null) {
            throw new ClientAlreadyExistsException(r.clientId());
        }
        if (!GRANT_TYPES.containsAll(r.grantTypes()) || r.grantTypes().isEmpty()) {
            throw new InvalidFieldException("grantTypes", "some of " + GRANT_TYPES);
        }
        if (r.authMethod() == OAuthClient.AuthMethod.NONE
                && (r.grantTypes().contains("client_credentials") || r.grantTypes().contains(CibaService.GRANT_TYPE))) {
            throw new InvalidFieldException("grantTypes", "a public client can use neither client_credentials nor CIBA");
        }
        if (r.grantTypes().contains("authorization_code") && r.redirectUris().isEmpty()) {
            throw new InvalidFieldException("redirectUris", "the authorization code flow needs at least one redirect URI");
        }
        r.redirectUris().forEach(uri -> requireRedirectUri("redirectUris", uri));
        r.postLogoutRedirectUris().forEach(uri -> requireRedirectUri("postLogoutRedirectUris", uri));
        if (!SCOPES.containsAll(r.scopes())) {
            throw new InvalidFieldException("scopes", "some of " + SCOPES);
        }
        String idTokenAlg = r.idTokenAlg() == null ? "ES256" : r.idTokenAlg();
        if (SigningKeyRing.ALGORITHMS.stream().noneMatch(a -> a.getName().equals(idTokenAlg))) {
            throw new InvalidFieldException("idTokenSignedResponseAlg", "ES256 or RS256");
        }
        CibaSettings ciba = r.ciba() == null ? CibaSettings.POLL : r.ciba();
        String jwks = null;
        if (r.authMethod() == OAuthClient.AuthMethod.PRIVATE_KEY_JWT || r.jwks() != null) {
            // the keys also verify signed CIBA requests and login_hint_tokens
            jwks = publicKeys(r.jwks()).toString(true);
        }
        if (!ciba.equals(CibaSettings.POLL) && !r.grantTypes().contains(CibaService.GRANT_TYPE)) {
            throw new InvalidFieldException("backchannelTokenDeliveryMode", "CIBA settings need the CIBA grant type");
        }
        ciba.validate(cibaConfiguration.allowHttpLoopback(), jwks != null);
        String secret = null;
        String secretHash = null;
        if (r.authMethod() == OAuthClient.AuthMethod.CLIENT_SECRET_BASIC || r.authMethod() == OAuthClient.AuthMethod.CLIENT_SECRET_POST) {
            secret = ClientSecrets.generate();
            secretHash = ClientSecrets.hash(secret);
        }
        OAuthClient client = new OAuthClient(r.clientId(), r.name().strip(), r.authMethod(), secretHash, jwks, r.redirectUris(),
                r.postLogoutRedirectUris(), r.grantTypes(), r.scopes().isEmpty() ? SCOPES : r.scopes(), r.roles(), r.firstParty(),
                Instant.now());
        client.signIdTokensWith(idTokenAlg);
        client.takePartInCiba(ciba);
        em.persist(client);
        return new RegisteredClient(client, secret);
    }

    public Optional<OAuthClient> find(String clientId) {
        return Optional.ofNullable(clientId == null ? null : em.find(OAuthClient.class, clientId)).filter(OAuthClient::isEnabled);
    }

    public List<OAuthClient> all() {
        return em.createQuery("select c from OAuthClient c order by c.clientId", OAuthClient.class).getResultList();
    }

    /**
     * The client a token request comes from.
     *
     * @param authentication how the client authenticated, or null for a public client
     * @param publicClientId the {@code client_id} parameter of a public client
     */
    public OAuthClient authenticate(ClientAuthentication authentication, String publicClientId, String tokenEndpoint) {
        if (authentication == null) {
            OAuthClient client = find(publicClientId).orElseThrow(() -> invalidClient("unknown client"));
            if (!client.isPublic()) {
                throw invalidClient("this client must authenticate");
            }
            return client;
        }
        OAuthClient client = find(authentication.getClientID().getValue()).orElseThrow(() -> invalidClient("unknown client"));
        if (!client.authMethod().value().equals(authentication.getMethod().getValue())) {
            throw invalidClient("this client authenticates with " + client.authMethod().value());
        }
        if (authentication instanceof ClientSecretBasic basic) {
            requireSecret(client, basic.getClientSecret().getValue());
        } else if (authentication instanceof ClientSecretPost post) {
            requireSecret(client, post.getClientSecret().getValue());
        } else if (authentication instanceof PrivateKeyJWT jwt) {
            try {
                ClientAssertionCheck.Checked checked = ClientAssertionCheck.check(jwt.getClientAssertion(), client.clientId(), client.jwks(),
                        Set.of(tokenEndpoint, issuer.url()), Instant.now());
                if (!replayGuard.firstUse("client-assertion:" + client.clientId(), checked.jti(), checked.expiresAt())) {
                    throw invalidClient("client assertion replayed");
                }
            } catch (IllegalArgumentException e) {
                throw invalidClient(e.getMessage());
            }
        } else {
            throw invalidClient("unsupported client authentication");
        }
        return client;
    }

    private static void requireSecret(OAuthClient client, String presented) {
        if (!ClientSecrets.matches(presented, client.secretHash())) {
            throw invalidClient("wrong client secret");
        }
    }

    static OAuthException invalidClient(String why) {
        return new OAuthException(OAuth2Error.INVALID_CLIENT, "Client authentication failed: " + why + ".");
    }

    private static JWKSet publicKeys(String json) {
        try {
            JWKSet set = JWKSet.parse(json == null ? "" : json);
            if (set.getKeys().isEmpty() || set.getKeys().stream().anyMatch(k -> k.isPrivate() || !(k.getKeyType().getValue().equals("EC")
                    || k.getKeyType().getValue().equals("RSA")))) {
                throw new InvalidFieldException("jwks", "one or more public EC or RSA keys, no private parts");
            }
            return new JWKSet(set.getKeys().stream().map(JWK::toPublicJWK).toList());
        } catch (ParseException e) {
            throw new InvalidFieldException("jwks", "a JWK Set (RFC 7517) is required for private_key_jwt");
        }
    }

    private static void requireRedirectUri(String field, String uri) {
        try {
            URI parsed = new URI(uri);
            boolean loopback = "http".equals(parsed.getScheme())
                    && ("localhost".equals(parsed.getHost()) || "127.0.0.1".equals(parsed.getHost()) || "[::1]".equals(parsed.getHost()));
            boolean ok = parsed.isAbsolute() && parsed.getFragment() == null
                    && ("https".equals(parsed.getScheme()) || loopback || (parsed.getScheme().contains(".") && !parsed.getScheme().startsWith("http")));
            if (!ok) {
                throw new InvalidFieldException(field, uri + ": https, http on loopback, or a private-use scheme (RFC 8252), without fragment");
            }
        } catch (URISyntaxException e) {
            throw new InvalidFieldException(field, uri + " is not a URI");
        }
    }
}
