package org.vigil.api.kyc;

import java.util.Base64;
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
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.kyc.ChipRead;

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

    /** A DG2 with a face of a few hundred kilobytes at most; anything larger is not a chip's. */
    static final int MAX_FILE_BYTES = 512 * 1024;

    @EJB
    ChipEvidenceService evidence;

    @Context
    HttpServletRequest http;

    @POST
    public Map<String, Object> submit(@NotNull ChipEvidenceBody body) {
        ChipRead read = new ChipRead(bytes("dg1", body.dg1()), bytes("dg2", body.dg2()), bytes("sod", body.sod()),
                bytes("dg14", body.dg14()), bytes("dg15", body.dg15()), body.mrz());
        ChipEvidenceOutcome outcome = evidence.submit(Callers.of(http), new ChipEvidenceSubmission(body.accountId(), read));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("accountId", outcome.accountId());
        response.put("kycLevel", outcome.kycLevel());
        response.put("evidenceId", outcome.evidenceId());
        response.put("document", Map.of("type", outcome.documentCode(), "issuingState", outcome.issuingState(),
                "expires", outcome.expiryDate().toString()));
        response.put("faceKept", outcome.faceKept());
        return response;
    }

    private static byte[] bytes(String field, String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        if (base64.length() > MAX_FILE_BYTES / 3 * 4 + 4) {
            throw new InvalidFieldException(field, "longer than a chip's file");
        }
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "not base64");
        }
    }
}
