package org.vigil.api.admin;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.nimbusds.jose.JWSAlgorithm;

import org.vigil.api.security.Authenticated;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.oidc.SigningKey;
import org.vigil.identity.oidc.SigningKeyRing;

/**
 * Rotating the provider's signing key on demand (after a suspected compromise, or to rehearse):
 * the new key signs from now on, the old one stays in the JWKS until its tokens have expired.
 */
@Path("/v1/admin/signing-keys")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SigningKeyResource {

    @EJB
    SigningKeyRing keys;

    @EJB
    AuditTrail audit;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/{alg}/rotation")
    public Response rotate(@PathParam("alg") String alg) {
        String admin = AdminAccess.require(http);
        JWSAlgorithm algorithm = SigningKeyRing.ALGORITHMS.stream()
                .filter(a -> a.getName().equals(alg.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new UnknownAlgorithm(alg));
        SigningKey key = keys.rotate(algorithm, Instant.now());
        audit.record(admin, "signing-key.rotate", "key:" + key.kid(), AuditEvent.Outcome.SUCCESS, http.getRemoteAddr(), algorithm.getName());
        return Response.status(Response.Status.CREATED).entity(Map.of("kid", key.kid(), "alg", key.alg())).build();
    }

    /** 404: no signing keys of that algorithm. */
    static final class UnknownAlgorithm extends org.vigil.platform.problem.ProblemException {
        UnknownAlgorithm(String alg) {
            super(404, "unknown-algorithm", "Unknown algorithm", "Vigil signs with ES256 and RS256, not " + alg + ".");
        }
    }
}
