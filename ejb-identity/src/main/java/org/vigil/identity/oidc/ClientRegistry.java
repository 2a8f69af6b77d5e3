package org.vigil.identity.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.application.RateLimit;
import org.vigil.identity.application.RateLimitedException;
import org.vigil.identity.application.RateLimiter;
import org.vigil.identity.application.ReplayGuard;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.domain.ClientSecrets;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.OAuthClientRepository;
import org.vigil.identity.domain.PrivilegedScope;
import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;

/** The registered clients, and proof at the token endpoint that a request comes from one. */
@Stateless
public class ClientRegistry {

    public static final Set<String> GRANT_TYPES = Set.of("authorization_code", "refresh_token", "client_credentials",
            CibaService.GRANT_TYPE);
    public static final Set<String> SCOPES = Set.of("openid", "profile", "email", "phone", "offline_access");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{3,100}");
    /** The one answer to every failed client authentication: which clients exist is nobody's business. */
    static final String FAILED = "Client authentication failed.";
    private static final Logger LOG = Logger.getLogger(ClientRegistry.class.getName());

    @Inject
    OAuthClientRepository clients;

    @Inject
    ReplayGuard replayGuard;

    @Inject
    IssuerUrl issuer;

    @Inject
    CibaConfiguration cibaConfiguration;

    @Inject
    ClientKeys clientKeys;

    @Inject
    RateLimiter limiter;

    @EJB
    AuditTrail audit;

    public RegisteredClient register(ClientRegistration r) {
        if (r.clientId() == null || !CLIENT_ID.matcher(r.clientId()).matches()) {
            throw new InvalidFieldException("clientId", "3 to 100 letters, digits, dots, dashes or underscores");
        }
        if (r.name() == null || r.name().isBlank() || r.name().length() > 200) {
            throw new InvalidFieldException("name", "1 to 200 characters");
        }
        if (clients.find(r.clientId()).isPresent()) {
            throw new ClientAlreadyExistsException(r.clientId());
        }
        if (!GRANT_TYPES.containsAll(r.grantTypes()) || r.grantTypes().isEmpty()) {
            throw new InvalidFieldException("grantTypes", "some of " + GRANT_TYPES);
        }
        if (r.authMethod() == ClientAuthMethod.NONE
                && (r.grantTypes().contains("client_credentials") || r.grantTypes().contains(CibaService.GRANT_TYPE))) {
            throw new InvalidFieldException("grantTypes", "a public client can use neither client_credentials nor CIBA");
        }
        if (r.grantTypes().contains("authorization_code") && r.redirectUris().isEmpty()) {
            throw new InvalidFieldException("redirectUris", "the authorization code flow needs at least one redirect URI");
        }
        r.redirectUris().forEach(uri -> requireRedirectUri("redirectUris", uri));
        r.postLogoutRedirectUris().forEach(uri -> requireRedirectUri("postLogoutRedirectUris", uri));
        Set<String> known = new java.util.HashSet<>(SCOPES);
        known.addAll(PrivilegedScope.all());
        known.addAll(SmartScopes.ALL);
        if (!known.containsAll(r.scopes())) {
            throw new InvalidFieldException("scopes", "some of " + SCOPES + ", the SMART scopes " + SmartScopes.ALL + " (and "
                    + PrivilegedScope.all() + " for Vigil's own applications)");
        }
        if (!r.firstParty() && r.scopes().stream().anyMatch(s -> PrivilegedScope.of(s).isPresent())) {
            throw new InvalidFieldException("scopes", PrivilegedScope.all() + " only for Vigil's own (first-party) applications");
        }
        String idTokenAlg = r.idTokenAlg() == null ? "ES256" : r.idTokenAlg();
        if (SigningKeyRing.ALGORITHMS.stream().noneMatch(a -> a.getName().equals(idTokenAlg))) {
            throw new InvalidFieldException("idTokenSignedResponseAlg", "ES256 or RS256");
        }
        CibaSettings ciba = r.ciba() == null ? CibaSettings.POLL : r.ciba();
        String jwks = null;
        if (r.jwksUri() != null) {
            if (r.jwks() != null) {
                throw new InvalidFieldException("jwksUri", "either jwks or jwksUri, not both");
            }
            requireClientPublishedUri("jwksUri", r.jwksUri());
        } else if (r.authMethod() == ClientAuthMethod.PRIVATE_KEY_JWT || r.jwks() != null) {
            // the keys also verify signed CIBA requests and login_hint_tokens
            jwks = publicKeys(r.jwks()).toString(true);
        }
        if (!ciba.equals(CibaSettings.POLL) && !r.grantTypes().contains(CibaService.GRANT_TYPE)) {
            throw new InvalidFieldException("backchannelTokenDeliveryMode", "CIBA settings need the CIBA grant type");
        }
        ciba.validate(cibaConfiguration.allowHttpLoopback(), jwks != null || r.jwksUri() != null);
        if (r.backchannelLogoutUri() != null) {
            requireClientPublishedUri("backchannelLogoutUri", r.backchannelLogoutUri());
        }
        if (r.frontchannelLogoutUri() != null) {
            requireClientPublishedUri("frontchannelLogoutUri", r.frontchannelLogoutUri());
        }
        FapiSettings fapi = r.fapi() == null ? FapiSettings.NONE : r.fapi();
        if (fapi.requirePushedAuthorizationRequests() && !r.grantTypes().contains("authorization_code")) {
            throw new InvalidFieldException("requirePushedAuthorizationRequests", "only for a client of the authorization code flow");
        }
        String secret = null;
        String secretHash = null;
        if (r.authMethod() == ClientAuthMethod.CLIENT_SECRET_BASIC || r.authMethod() == ClientAuthMethod.CLIENT_SECRET_POST) {
            secret = ClientSecrets.generate();
            secretHash = ClientSecrets.hash(secret);
        }
        OAuthClient client = new OAuthClient(r.clientId(), r.name().strip(), r.authMethod(), secretHash, jwks, r.redirectUris(),
                r.postLogoutRedirectUris(), r.grantTypes(), r.scopes().isEmpty() ? SCOPES : r.scopes(), r.roles(), r.firstParty(),
                Instant.now());
        client.signIdTokensWith(idTokenAlg);
        client.fetchKeysFrom(r.jwksUri());
        client.notifyLogoutsAt(r.backchannelLogoutUri(), r.backchannelLogoutSessionRequired());
        client.frameLogoutsAt(r.frontchannelLogoutUri(), r.frontchannelLogoutSessionRequired());
        ciba.applyTo(client);
        client.serveResources(r.resourceServer());
        fapi.applyTo(client);
        clients.store(client);
        return new RegisteredClient(ClientDetails.of(client), secret);
    }

    /** {@link #register}, for a caller of the admin API: refused unless {@link AdminAuthorization} lets them administer; audited. */
    public RegisteredClient register(Caller caller, ClientRegistration r) {
        String admin = AdminAuthorization.require(caller);
        RegisteredClient registered = register(r);
        audit.record(admin, "client.register", "client:" + r.clientId(), AuditEvent.Outcome.SUCCESS, caller.address(), null);
        return registered;
    }

    /** {@link #all}, for a caller of the admin API. */
    public List<ClientDetails> all(Caller caller) {
        AdminAuthorization.require(caller);
        return all();
    }

    public Optional<OAuthClient> find(String clientId) {
        return clients.find(clientId).filter(OAuthClient::isEnabled);
    }

    /** Every client, enabled or not, as admins see them; deleted ones are gone. */
    public List<ClientDetails> all() {
        return clients.allByClientId().stream().filter(c -> !c.isDeleted()).map(ClientDetails::of).toList();
    }

    /** Whether the client is one of Vigil's own applications (enabled), whose tokens privileged APIs accept. */
    public boolean isFirstParty(String clientId) {
        return find(clientId).map(OAuthClient::isFirstParty).orElse(false);
    }

    /**
     * The client a request to the token, introspection, revocation or backchannel endpoint comes from. Every failure gets
     * the same answer ("unknown client" and "wrong secret" alike), is written to the audit trail and the log with its real
     * reason, and counts per client id and per address: past either limit, authentication is refused with {@code slow_down}
     * until the window ends, even with the right secret, so a chosen secret cannot be guessed at the endpoint's speed.
     *
     * @param authentication how the client authenticated, or null for a public client
     * @param publicClientId the {@code client_id} parameter of a public client
     * @param clientAddress  where the request came from (the forwarded address behind a trusted proxy)
     */
    public OAuthClient authenticate(ClientAuthentication authentication, String publicClientId, String endpoint, String clientAddress) {
        String claimed = authentication == null ? publicClientId : authentication.getClientID().getValue();
        boolean basic = authentication instanceof ClientSecretBasic;
        Instant now = Instant.now();
        for (RateLimit limit : List.of(RateLimit.CLIENT_AUTH_FAILURES_PER_ADDRESS, RateLimit.CLIENT_AUTH_FAILURES_PER_CLIENT)) {
            String key = limit == RateLimit.CLIENT_AUTH_FAILURES_PER_ADDRESS ? String.valueOf(clientAddress) : String.valueOf(claimed);
            if (limiter.exhausted(limit, key)) {
                LOG.info(() -> "client authentication refused for client " + claimed + " from " + clientAddress + ": too many "
                        + limit.what() + " (" + limit.name() + ")");
                throw OAuthException.slowDown("Too many failed client authentications; try again later.", limit.untilWindowEnds(now));
            }
        }
        try {
            return verified(authentication, publicClientId, endpoint, now);
        } catch (AuthenticationFailure failure) {
            LOG.info(() -> "client authentication failed for client " + claimed + " from " + clientAddress + ": " + failure.getMessage());
            audit.recordRefusal("client:" + claimed, "oidc.client-authentication", "client:" + claimed, clientAddress, failure.getMessage());
            count(RateLimit.CLIENT_AUTH_FAILURES_PER_ADDRESS, String.valueOf(clientAddress));
            count(RateLimit.CLIENT_AUTH_FAILURES_PER_CLIENT, String.valueOf(claimed));
            ErrorObject error = OAuth2Error.INVALID_CLIENT;
            return basic ? throwing(OAuthException.withBasicChallenge(error, FAILED)) : throwing(new OAuthException(error, FAILED));
        }
    }

    private OAuthClient verified(ClientAuthentication authentication, String publicClientId, String endpoint, Instant now) {
        if (authentication == null) {
            OAuthClient client = find(publicClientId).orElseThrow(() -> new AuthenticationFailure("unknown client"));
            if (!client.isPublic()) {
                throw new AuthenticationFailure("a confidential client sent no authentication");
            }
            return client;
        }
        OAuthClient client = find(authentication.getClientID().getValue()).orElseThrow(() -> new AuthenticationFailure("unknown client"));
        if (!client.authMethod().value().equals(authentication.getMethod().getValue())) {
            throw new AuthenticationFailure("registered for " + client.authMethod().value() + ", used " + authentication.getMethod().getValue());
        }
        if (authentication instanceof ClientSecretBasic basic) {
            requireSecret(client, basic.getClientSecret().getValue());
        } else if (authentication instanceof ClientSecretPost post) {
            requireSecret(client, post.getClientSecret().getValue());
        } else if (authentication instanceof PrivateKeyJWT jwt) {
            try {
                ClientAssertionCheck.Checked checked = ClientAssertionCheck.check(jwt.getClientAssertion(), client.clientId(),
                        clientKeys.forJwt(client, jwt.getClientAssertion()), audiences(endpoint), now);
                if (!replayGuard.firstUse("client-assertion:" + client.clientId(), checked.jti(), checked.expiresAt())) {
                    throw new AuthenticationFailure("client assertion replayed (jti " + checked.jti() + ")");
                }
            } catch (IllegalArgumentException e) {
                throw new AuthenticationFailure(e.getMessage());
            }
        } else {
            throw new AuthenticationFailure("unsupported client authentication " + authentication.getMethod());
        }
        return client;
    }

    /**
     * Who a client assertion may be addressed to: the issuer, the token endpoint, or the endpoint it is sent to. CIBA
     * (Core §7.1) and PAR (RFC 9126 §2) say the provider must accept each of them; libraries differ in which they pick.
     */
    private Set<String> audiences(String endpoint) {
        return Set.copyOf(List.of(issuer.url(), issuer.resolve("/oidc/token"), endpoint));
    }

    private void count(RateLimit limit, String key) {
        try {
            limiter.acquire(limit, key);
        } catch (RateLimitedException e) {
            // this failure is answered as a failure; the next attempt meets the limit
        }
    }

    private static OAuthClient throwing(OAuthException e) {
        throw e;
    }

    private static void requireSecret(OAuthClient client, String presented) {
        if (!ClientSecrets.matches(presented, client.secretHash())) {
            throw new AuthenticationFailure("wrong secret");
        }
    }

    /** Why a client's authentication failed: for the log and the audit trail, never for the client. */
    private static final class AuthenticationFailure extends RuntimeException {
        AuthenticationFailure(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Introspection needs an authenticated client; refused like any failed authentication. */
    static OAuthException invalidClient() {
        return new OAuthException(OAuth2Error.INVALID_CLIENT, FAILED);
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

    /** An address the client serves and Vigil calls: its keys' ({@code jwksUri}), its back-channel logout endpoint. */
    private void requireClientPublishedUri(String field, String uri) {
        String why = "an absolute HTTPS URL without user info or fragment" + (clientKeys.allowHttpLoopback() ? " (or plain HTTP on a loopback address)" : "");
        try {
            URI parsed = new URI(uri);
            boolean loopback = "http".equals(parsed.getScheme()) && clientKeys.allowHttpLoopback()
                    && ("localhost".equals(parsed.getHost()) || "127.0.0.1".equals(parsed.getHost()) || "[::1]".equals(parsed.getHost()));
            if (uri.length() > 2000 || !parsed.isAbsolute() || parsed.getFragment() != null || parsed.getHost() == null
                    || parsed.getRawUserInfo() != null || !("https".equals(parsed.getScheme()) || loopback)) {
                throw new InvalidFieldException(field, why);
            }
        } catch (URISyntaxException e) {
            throw new InvalidFieldException(field, why);
        }
    }

    static void requireRedirectUri(String field, String uri) {
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
