package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.Set;

import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.domain.OAuthClient;

/**
 * A registered client as the interfaces (admin API, console) show it: what it was registered with, never its secret
 * hash or the entity itself.
 */
public record ClientDetails(String clientId, String name, ClientAuthMethod authMethod, Set<String> redirectUris,
                            Set<String> postLogoutRedirectUris, Set<String> grantTypes, Set<String> scopes, Set<String> roles,
                            boolean firstParty, boolean enabled, String idTokenAlg, Instant createdAt, CibaSettings ciba,
                            boolean resourceServer, String jwksUri, String backchannelLogoutUri,
                            boolean backchannelLogoutSessionRequired, String frontchannelLogoutUri,
                            boolean frontchannelLogoutSessionRequired, FapiSettings fapi) {

    static ClientDetails of(OAuthClient c) {
        return new ClientDetails(c.clientId(), c.name(), c.authMethod(), c.redirectUris(), c.postLogoutRedirectUris(), c.grantTypes(),
                c.scopes(), c.roles(), c.isFirstParty(), c.isEnabled(), c.idTokenAlg(), c.createdAt(), CibaSettings.of(c), c.isResourceServer(),
                c.jwksUri(), c.backchannelLogoutUri(), c.backchannelLogoutSessionRequired(),
                c.frontchannelLogoutUri(), c.frontchannelLogoutSessionRequired(), FapiSettings.of(c));
    }
}
