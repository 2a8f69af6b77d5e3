package org.vigil.api.oidc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.identity.oidc.AccessTokenVerifier;
import org.vigil.identity.oidc.InvalidTokenException;
import org.vigil.identity.oidc.UserInfoService;

/** OpenID Connect Core §5.3: the claims the token's scopes allow, about the token's person. */
@Path("/userinfo")
public class UserInfoResource {

    @Inject
    AccessTokenVerifier verifier;

    @EJB
    UserInfoService userInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return answer(authorization);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return answer(authorization);
    }

    private Response answer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return challenge(null);
        }
        AccessTokenClaims claims;
        try {
            claims = verifier.verify(authorization.substring(7).strip());
        } catch (InvalidTokenException e) {
            return challenge(e.getMessage());
        }
        if (!claims.scopes().contains("openid") || claims.isClientItself()) {
            return Response.status(403).header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"openid\"").build();
        }
        Map<String, Object> body = new LinkedHashMap<>(userInfo.claims(UUID.fromString(claims.subject()), claims.scopes(), claims.clientId()));
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }

    private static Response challenge(String reason) {
        String value = reason == null ? "Bearer realm=\"vigil\"" : "Bearer realm=\"vigil\", error=\"invalid_token\", error_description=\"" + reason + "\"";
        return Response.status(401).header("WWW-Authenticate", value).build();
    }
}
