package org.vigil.api.oidc;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.vigil.api.json.SharedJsonb;

/**
 * The OpenID Connect provider's endpoints under {@code /oidc}. Listed explicitly, so they speak
 * OAuth's error format and none of the API's problem+json resources appears here.
 */
@ApplicationPath("/oidc")
public class OidcApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(AuthorizationResource.class, LoginResource.class, TokenResource.class, JwksResource.class,
                UserInfoResource.class, IntrospectionResource.class, RevocationResource.class, LogoutResource.class,
                BackchannelResource.class, PushedAuthorizationResource.class, ClientRegistrationResource.class,
                OAuthExceptionMapper.class, OAuthFallbackExceptionMapper.class, SharedJsonb.class);
    }
}
