package org.vigil.identity.domain;

import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * An application or device allowed to ask Vigil for tokens. First-party clients (Vigil's own
 * console, stations) skip the consent page; devices authenticate with {@code private_key_jwt}
 * and receive their roles in client-credentials tokens.
 */
@Entity
@Table(name = "idn_client")
public class OAuthClient {

    @Id
    @Column(name = "client_id")
    private String clientId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "auth_method", nullable = false)
    private ClientAuthMethod authMethod;

    @Column(name = "secret_hash", length = 64)
    private String secretHash;

    @Column(length = 8000)
    private String jwks;

    @Column(name = "jwks_uri", length = 2000)
    private String jwksUri;

    @Column(name = "backchannel_logout_uri", length = 2000)
    private String backchannelLogoutUri;

    @Column(name = "backchannel_logout_session_required", nullable = false)
    private boolean backchannelLogoutSessionRequired = true;

    @Column(name = "frontchannel_logout_uri", length = 2000)
    private String frontchannelLogoutUri;

    @Column(name = "frontchannel_logout_session_required", nullable = false)
    private boolean frontchannelLogoutSessionRequired;

    @Column(name = "redirect_uris", nullable = false, length = 4000)
    private String redirectUris;

    @Column(name = "post_logout_redirect_uris", nullable = false, length = 4000)
    private String postLogoutRedirectUris;

    @Column(name = "grant_types", nullable = false, length = 200)
    private String grantTypes;

    @Column(nullable = false, length = 1000)
    private String scopes;

    @Column(nullable = false, length = 200)
    private String roles;

    @Column(name = "first_party", nullable = false)
    private boolean firstParty;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "id_token_alg", nullable = false, length = 8)
    private String idTokenAlg = "ES256";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ciba_delivery_mode", nullable = false, length = 8)
    private String cibaDeliveryMode = "poll";

    @Column(name = "ciba_notification_endpoint", length = 2000)
    private String cibaNotificationEndpoint;

    @Column(name = "ciba_request_signing_alg", length = 8)
    private String cibaRequestSigningAlg;

    @Column(name = "ciba_user_code", nullable = false)
    private boolean cibaUserCode;

    @Column(name = "ciba_required_roles", nullable = false, length = 200)
    private String cibaRequiredRoles = "";

    @Column(name = "resource_server", nullable = false)
    private boolean resourceServer;

    @Column(name = "require_pushed_requests", nullable = false)
    private boolean requirePushedRequests;

    @Column(name = "dpop_bound_access_tokens", nullable = false)
    private boolean dpopBoundAccessTokens;

    @Column(name = "registration_token_hash", length = 64)
    private String registrationTokenHash;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected OAuthClient() {
        // for JPA
    }

    public OAuthClient(String clientId, String name, ClientAuthMethod authMethod, String secretHash, String jwks,
                       Set<String> redirectUris, Set<String> postLogoutRedirectUris, Set<String> grantTypes, Set<String> scopes,
                       Set<String> roles, boolean firstParty, Instant now) {
        this.clientId = clientId;
        this.name = name;
        this.authMethod = authMethod;
        this.secretHash = secretHash;
        this.jwks = jwks;
        this.redirectUris = join(redirectUris);
        this.postLogoutRedirectUris = join(postLogoutRedirectUris);
        this.grantTypes = join(grantTypes);
        this.scopes = join(scopes);
        this.roles = join(roles);
        this.firstParty = firstParty;
        this.enabled = true;
        this.createdAt = now;
    }

    /** A client whose secret an operator chose (bootstrap and demo clients); only its hash is kept. */
    public static OAuthClient withSecret(String clientId, String name, ClientAuthMethod authMethod, String secret, Set<String> redirectUris,
                                         Set<String> postLogoutRedirectUris, Set<String> grantTypes, Set<String> scopes,
                                         Set<String> roles, boolean firstParty, Instant now) {
        return new OAuthClient(clientId, name, authMethod, ClientSecrets.hash(secret), null, redirectUris, postLogoutRedirectUris,
                grantTypes, scopes, roles, firstParty, now);
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public ClientAuthMethod authMethod() {
        return authMethod;
    }

    public boolean isPublic() {
        return authMethod == ClientAuthMethod.NONE;
    }

    public String secretHash() {
        return secretHash;
    }

    public JWKSet jwks() {
        try {
            return jwks == null ? new JWKSet() : JWKSet.parse(jwks);
        } catch (ParseException e) {
            throw new IllegalStateException("stored JWKS of client " + clientId + " is unreadable", e);
        }
    }

    /** Where the client publishes its public keys, when it registered that instead of the keys; null otherwise. */
    public String jwksUri() {
        return jwksUri;
    }

    /** The caller has checked the address (HTTPS, or loopback HTTP where the installation allows it). */
    public void fetchKeysFrom(String uri) {
        this.jwksUri = uri;
    }

    /** Where the client is told that a session it took part in ended (Back-Channel Logout 1.0); null when it is not. */
    public String backchannelLogoutUri() {
        return backchannelLogoutUri;
    }

    /** Whether the client needs {@code sid} in its logout tokens (Vigil always sends it). */
    public boolean backchannelLogoutSessionRequired() {
        return backchannelLogoutSessionRequired;
    }

    /** The caller has checked the address (HTTPS, or loopback HTTP where the installation allows it); null for none. */
    public void notifyLogoutsAt(String uri, boolean sessionRequired) {
        this.backchannelLogoutUri = uri;
        this.backchannelLogoutSessionRequired = sessionRequired;
    }

    /** The page Vigil's logout page frames to end the client's own session (Front-Channel Logout 1.0); null when none. */
    public String frontchannelLogoutUri() {
        return frontchannelLogoutUri;
    }

    /** Whether that page needs {@code iss} and {@code sid} in its query to know which session ends. */
    public boolean frontchannelLogoutSessionRequired() {
        return frontchannelLogoutSessionRequired;
    }

    /** The caller has checked the address as for {@link #notifyLogoutsAt}; null for none. */
    public void frameLogoutsAt(String uri, boolean sessionRequired) {
        this.frontchannelLogoutUri = uri;
        this.frontchannelLogoutSessionRequired = sessionRequired;
    }

    public Set<String> redirectUris() {
        return split(redirectUris);
    }

    public Set<String> postLogoutRedirectUris() {
        return split(postLogoutRedirectUris);
    }

    public Set<String> grantTypes() {
        return split(grantTypes);
    }

    public Set<String> scopes() {
        return split(scopes);
    }

    public Set<String> roles() {
        return split(roles);
    }

    /** ES256 by default; RS256 for clients that cannot verify EC signatures. */
    public String idTokenAlg() {
        return idTokenAlg;
    }

    public void signIdTokensWith(String alg) {
        this.idTokenAlg = alg;
    }

    /** {@code poll}, {@code ping} or {@code push}: how the client takes part in CIBA (oidc's {@code CibaSettings} reads these). */
    public String cibaDeliveryMode() {
        return cibaDeliveryMode;
    }

    public String cibaNotificationEndpoint() {
        return cibaNotificationEndpoint;
    }

    public String cibaRequestSigningAlg() {
        return cibaRequestSigningAlg;
    }

    public boolean cibaUserCodeRequired() {
        return cibaUserCode;
    }

    public Set<String> cibaRequiredRoles() {
        return split(cibaRequiredRoles);
    }

    /** The caller has checked the settings against the CIBA specification and Vigil's roles. */
    public void takePartInCiba(String deliveryMode, String notificationEndpoint, String requestSigningAlg, boolean userCodeRequired,
                               Set<String> requiredRoles) {
        this.cibaDeliveryMode = deliveryMode;
        this.cibaNotificationEndpoint = notificationEndpoint;
        this.cibaRequestSigningAlg = requestSigningAlg;
        this.cibaUserCode = userCodeRequired;
        this.cibaRequiredRoles = join(requiredRoles);
    }

    public boolean isFirstParty() {
        return firstParty;
    }

    /** A resource server an admin named: introspection tells it about every client's access tokens, not only its own. */
    public boolean isResourceServer() {
        return resourceServer;
    }

    public void serveResources(boolean named) {
        this.resourceServer = named;
    }

    /** RFC 9126 {@code require_pushed_authorization_requests}: /authorize takes this client's requests only by request_uri. */
    public boolean requiresPushedRequests() {
        return requirePushedRequests;
    }

    /** RFC 9449 {@code dpop_bound_access_tokens}: the token endpoint answers this client only with a DPoP proof. */
    public boolean requiresDpop() {
        return dpopBoundAccessTokens;
    }

    public void holdTo(boolean pushedRequests, boolean dpopBoundAccessTokens) {
        this.requirePushedRequests = pushedRequests;
        this.dpopBoundAccessTokens = dpopBoundAccessTokens;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void disable() {
        enabled = false;
    }

    /** @throws IllegalStateException for a deleted client: deleting is for good */
    public void enable() {
        if (isDeleted()) {
            throw new IllegalStateException("the client " + clientId + " was deleted");
        }
        enabled = true;
    }

    /**
     * Deleted for good: disabled, no longer listed, unable to manage itself. The row stays, so the
     * audit trail's references to the client stay whole and its id is never given to another.
     */
    public void delete(Instant now) {
        enabled = false;
        deletedAt = now;
        registrationTokenHash = null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** The hash of the registration access token (RFC 7592) a dynamically registered client manages itself with; null for none. */
    public String registrationTokenHash() {
        return registrationTokenHash;
    }

    /** A new registration access token's hash replaces the old one: the old token stops working at once. */
    public void manageWith(String tokenHash) {
        this.registrationTokenHash = tokenHash;
    }

    /** What an admin may change after registration; the caller has checked each value. */
    public void edit(String name, Set<String> redirectUris, Set<String> scopes) {
        this.name = name;
        this.redirectUris = join(redirectUris);
        this.scopes = join(scopes);
    }

    /** A new secret's hash replaces the old one: the old secret stops working at once. */
    public void replaceSecretHash(String hash) {
        this.secretHash = hash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    private static String join(Set<String> values) {
        return values == null ? "" : String.join(" ", values);
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(" ")).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
