package org.vigil.api.oidc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.identity.oidc.AccessTokenVerifier;
import org.vigil.api.security.InvalidBearerTokenException;
import org.vigil.api.security.PresentedToken;
import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.oidc.UserInfoService;

/** OpenID Connect Core §5.3: the claims the token's scopes allow, about the token's person; Bearer or DPoP tokens. */
@Path("/userinfo")
public class UserInfoResource {

    @Inject
    AccessTokenVerifier verifier;

    @EJB
    UserInfoService userInfo;

    @Inject
    IssuerUrl issuer;

    @Context
    HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        return answer();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response post() {
        return answer();
    }

    private Response answer() {
        AccessTokenClaims claims;
        try {
            claims = PresentedToken.verify(verifier, issuer, http);
        } catch (InvalidBearerTokenException e) {
            return Response.status(401).header("WWW-Authenticate", e.challenge()).build();
        }
        if (!claims.scopes().contains("openid") || claims.isClientItself()) {
            String scheme = claims.dpopBound() ? "DPoP" : "Bearer";
            return Response.status(403).header("WWW-Authenticate", scheme + " error=\"insufficient_scope\", scope=\"openid\"").build();
        }
        Map<String, Object> body = new LinkedHashMap<>(userInfo.claims(UUID.fromString(claims.subject()), claims.scopes(), claims.clientId()));
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }
}
