package org.vigil.identity.oidc;

import java.util.Set;

import org.vigil.identity.domain.ClientAuthMethod;

/**
 * What an admin registers a client with.
 *
 * @param jwks the client's public keys as a JWK Set JSON, for {@code private_key_jwt}
 * @param jwksUri where the client publishes them instead (RFC 7591 {@code jwks_uri}); at most one of the two
 * @param roles what client-credentials tokens of this client carry, e.g. {@code gateway}
 * @param idTokenAlg {@code ES256} (the default, when null) or {@code RS256}
 * @param ciba how the client takes part in CIBA; null for poll mode with no extra demands
 * @param resourceServer whether introspection answers it about other clients' access tokens
 * @param backchannelLogoutUri where the client is told a session it took part in ended (Back-Channel Logout 1.0); null for none
 * @param backchannelLogoutSessionRequired whether it needs {@code sid} in the logout token (Vigil always sends it)
 * @param frontchannelLogoutUri the page Vigil's logout page frames to end the client's session (Front-Channel Logout 1.0); null for none
 * @param frontchannelLogoutSessionRequired whether that page needs {@code iss} and {@code sid} in its query
 * @param fapi pushed requests and DPoP the client is held to; null for neither
 */
public record ClientRegistration(String clientId, String name, ClientAuthMethod authMethod, String jwks, String jwksUri,
                                 Set<String> redirectUris, Set<String> postLogoutRedirectUris, Set<String> grantTypes,
                                 Set<String> scopes, Set<String> roles, boolean firstParty, String idTokenAlg,
                                 CibaSettings ciba, boolean resourceServer, String backchannelLogoutUri,
                                 boolean backchannelLogoutSessionRequired, String frontchannelLogoutUri,
                                 boolean frontchannelLogoutSessionRequired, FapiSettings fapi) {
}
