package org.vigil.api.admin;

import java.time.Instant;
import java.util.Set;

import org.vigil.identity.oidc.CibaSettings;
import org.vigil.identity.oidc.ClientDetails;

/** A registered client as admins see it; {@code clientSecret} only in the answer to its registration. */
public record ClientView(String clientId, String name, String tokenEndpointAuthMethod, Set<String> redirectUris,
                         Set<String> postLogoutRedirectUris, Set<String> grantTypes, Set<String> scopes, Set<String> roles,
                         boolean firstParty, boolean enabled, String idTokenSignedResponseAlg, Instant createdAt, String clientSecret,
                         String backchannelTokenDeliveryMode, String backchannelClientNotificationEndpoint,
                         String backchannelAuthenticationRequestSigningAlg, boolean backchannelUserCodeParameter,
                         Set<String> cibaRequiredRoles, boolean resourceServer, String jwksUri,
                         String backchannelLogoutUri, boolean backchannelLogoutSessionRequired,
                         String frontchannelLogoutUri, boolean frontchannelLogoutSessionRequired,
                         boolean requirePushedAuthorizationRequests, boolean dpopBoundAccessTokens) {

    static ClientView of(ClientDetails c, String secret) {
        CibaSettings ciba = c.ciba();
        return new ClientView(c.clientId(), c.name(), c.authMethod().value(), c.redirectUris(), c.postLogoutRedirectUris(),
                c.grantTypes(), c.scopes(), c.roles(), c.firstParty(), c.enabled(), c.idTokenAlg(), c.createdAt(), secret,
                ciba.deliveryMode().getValue(), ciba.notificationEndpoint(), ciba.requestSigningAlg(), ciba.userCodeRequired(),
                ciba.requiredRoles(), c.resourceServer(), c.jwksUri(), c.backchannelLogoutUri(),
                c.backchannelLogoutSessionRequired(), c.frontchannelLogoutUri(), c.frontchannelLogoutSessionRequired(),
                c.fapi().requirePushedAuthorizationRequests(), c.fapi().dpopBoundAccessTokens());
    }
}
