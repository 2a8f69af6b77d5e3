package org.vigil.admin.clients;

import java.util.Set;

/**
 * What an admin fills in to register an application.
 *
 * @param redirectUris one per line as typed
 * @param jwksUri where a {@code private_key_jwt} client publishes its keys; blank for none
 * @param backchannelLogoutUri where it is told that a session it took part in ended; blank for none
 * @param frontchannelLogoutUri its page that Vigil's logout page loads in a hidden iframe; blank for none
 * @param frontchannelLogoutSessionRequired whether that page needs {@code iss} and {@code sid}
 * @param requirePushedRequests whether /authorize takes its requests only as pushed ones (RFC 9126)
 * @param dpopBound whether its tokens are issued only against a DPoP proof (RFC 9449)
 */
public record NewClient(String clientId, String name, String authMethod, String redirectUris, Set<String> grantTypes, Set<String> scopes,
                        Set<String> roles, boolean firstParty, String jwksUri, String backchannelLogoutUri, String frontchannelLogoutUri,
                        boolean frontchannelLogoutSessionRequired, boolean requirePushedRequests, boolean dpopBound) {
}
