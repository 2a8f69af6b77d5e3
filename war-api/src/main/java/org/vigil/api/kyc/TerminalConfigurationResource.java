package org.vigil.api.kyc;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.identity.application.ChipEvidenceService;
import org.vigil.identity.application.KycTerminalConfiguration;

/**
 * {@code GET /api/v1/kyc/terminal-configuration}: what a KYC terminal should accept (document types, issuing states),
 * whether the server keeps the face image, and the countries whose CSCAs it trusts; a terminal fetches it at start and
 * now and then. KYC terminals' own tokens only (403 otherwise).
 */
@Path("/v1/kyc/terminal-configuration")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TerminalConfigurationResource {

    @EJB
    ChipEvidenceService evidence;

    @Context
    HttpServletRequest http;

    @GET
    public KycTerminalConfiguration configuration() {
        return evidence.configuration(Callers.of(http));
    }
}
