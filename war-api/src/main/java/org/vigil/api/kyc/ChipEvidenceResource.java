package org.vigil.api.kyc;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.identity.application.ChipEvidenceOutcome;
import org.vigil.identity.application.ChipEvidenceService;
import org.vigil.identity.application.ChipEvidenceSubmission;

/**
 * {@code POST /api/v1/kyc/chip-evidence}: a KYC terminal, with its own token, sends what it read from a person's
 * identity document chip ({@link ChipEvidenceBody}); 200 with the account's new level when every check passes, 422
 * whose problem type names the check that failed ({@code urn:vigil:problem:data-group-hash}, {@code ...:holder-mismatch},
 * ...), 403 for anyone but a KYC terminal. The identity server decides all of it.
 */
@Path("/v1/kyc/chip-evidence")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ChipEvidenceResource {

    @EJB
    ChipEvidenceService evidence;

    @Context
    HttpServletRequest http;

    @POST
    public Map<String, Object> submit(@NotNull ChipEvidenceBody body) {
        ChipEvidenceOutcome outcome = evidence.submit(Callers.of(http), new ChipEvidenceSubmission(body.accountId(), body.mrz(),
                body.dg1(), body.dg2(), body.sod(), body.dg14(), body.dg15()));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("accountId", outcome.accountId());
        response.put("kycLevel", outcome.kycLevel());
        response.put("evidenceId", outcome.evidenceId());
        response.put("document", Map.of("type", outcome.documentCode(), "issuingState", outcome.issuingState(),
                "expires", outcome.expiryDate().toString()));
        response.put("faceKept", outcome.faceKept());
        return response;
    }
}
