package org.vigil.api.admin;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A client to register. {@code jwks} is the client's public JWK Set (JSON text) for
 * {@code private_key_jwt}, or {@code jwksUri} where it publishes them (HTTPS; Vigil follows its key rotation), never
 * both; {@code roles} are what its client-credentials tokens carry;
 * {@code idTokenSignedResponseAlg} is ES256 (default) or RS256. The {@code backchannel*} fields
 * are CIBA's client metadata (CIBA Core §4): delivery mode {@code poll} (default), {@code ping} or
 * {@code push}, the notification endpoint for ping and push, the algorithm the client signs its
 * requests with (then required; its {@code jwks} verify them), and whether it sends the person's
 * {@code user_code}; {@code cibaRequiredRoles} are roles a person must hold for the client to get
 * tokens about them (a station: {@code doctor}). {@code scopes} may name {@code vigil:admin} for a first-party
 * client only (the console); {@code resourceServer} lets a client introspect other clients' access tokens.
 * {@code backchannelLogoutUri} is where the client is told that a Vigil session it took part in ended (OpenID Connect
 * Back-Channel Logout 1.0; HTTPS), {@code backchannelLogoutSessionRequired} (default true) whether it needs the
 * {@code sid} in the logout token. {@code frontchannelLogoutUri} is the client's page that Vigil's logout page loads in a
 * hidden iframe (OpenID Connect Front-Channel Logout 1.0; the same address rules), {@code frontchannelLogoutSessionRequired}
 * (default false) whether that page needs {@code iss} and {@code sid} in its query. {@code requirePushedAuthorizationRequests} (RFC 9126) makes /authorize refuse the
 * client's requests unless pushed first; {@code dpopBoundAccessTokens} (RFC 9449) makes the token endpoint refuse the
 * client's requests without a DPoP proof.
 */
public record ClientBody(
        @NotBlank String clientId,
        @NotBlank String name,
        @NotBlank @Pattern(regexp = "client_secret_basic|client_secret_post|private_key_jwt|none") String tokenEndpointAuthMethod,
        String jwks,
        String jwksUri,
        Set<String> redirectUris,
        Set<String> postLogoutRedirectUris,
        Set<String> grantTypes,
        Set<String> scopes,
        Set<String> roles,
        boolean firstParty,
        String idTokenSignedResponseAlg,
        @Pattern(regexp = "poll|ping|push") String backchannelTokenDeliveryMode,
        String backchannelClientNotificationEndpoint,
        String backchannelAuthenticationRequestSigningAlg,
        boolean backchannelUserCodeParameter,
        Set<String> cibaRequiredRoles,
        boolean resourceServer,
        String backchannelLogoutUri,
        Boolean backchannelLogoutSessionRequired,
        String frontchannelLogoutUri,
        boolean frontchannelLogoutSessionRequired,
        boolean requirePushedAuthorizationRequests,
        boolean dpopBoundAccessTokens) {
}
