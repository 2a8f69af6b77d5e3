package org.vigil.api.prescriptions;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.care.Requesters;
import org.vigil.api.security.Authenticated;
import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.prescription.PharmacyService;
import org.vigil.care.application.prescription.PrescribingService;
import org.vigil.care.application.prescription.PrescriptionFile;
import org.vigil.care.application.prescription.PrescriptionReads;
import org.vigil.care.application.prescription.PrescriptionView;
import org.vigil.care.application.prescription.SignatureReport;
import org.vigil.care.domain.prescription.PrescriptionStatus;

/**
 * Prescriptions over REST: doctors draft, revise, cancel and hand in signed PDFs; the patient, the
 * care team, stations watching the patient, the prescriber and the pharmacy read them (with the
 * PDF and the signature check); pharmacists take their steps. Who may do what is care's to decide
 * and record; this class only parses and maps.
 */
@Path("/v1/prescriptions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PrescriptionResource {

    /** A signed prescription is a page or two (about 100 kB at LTA): the API's body limit for everything but documents. */
    static final int MAX_SIGNED_PDF_BYTES = 1024 * 1024;

    @EJB
    PrescribingService prescribing;

    @EJB
    PrescriptionReads reads;

    @EJB
    PharmacyService pharmacy;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The draft is stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrescriptionView.class)))
    public Response draft(@NotNull @Valid DraftBody body) {
        PrescriptionView drafted = prescribing.draft(Requesters.of(http), body.request());
        URI location = uri.getBaseUriBuilder().path("v1/prescriptions").path(drafted.id().toString()).build();
        return Response.created(location).entity(drafted).build();
    }

    @GET
    public List<PrescriptionView> forPatient(@QueryParam("patientId") UUID patientId) {
        if (patientId == null) {
            throw CareRefusal.invalid("Name the patient: ?patientId=...");
        }
        return reads.forPatient(Requesters.of(http), patientId, Requesters.what(http));
    }

    @GET
    @Path("/{id}")
    public PrescriptionView read(@PathParam("id") UUID id) {
        return reads.read(Requesters.of(http), id, Requesters.what(http));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PrescriptionView revise(@PathParam("id") UUID id, @NotNull @Valid DraftBody body) {
        return prescribing.revise(Requesters.of(http), id, body.request());
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    public PrescriptionView cancel(@PathParam("id") UUID id, @NotNull @Valid ReasonBody body) {
        return prescribing.cancel(Requesters.of(http), id, body.reason());
    }

    @POST
    @Path("/{id}/pharmacy-steps")
    @Consumes(MediaType.APPLICATION_JSON)
    public PrescriptionView pharmacyStep(@PathParam("id") UUID id, @NotNull @Valid PharmacyStepBody body) {
        PrescriptionStatus to = PrescriptionStatus.fromWire(body.status())
                .orElseThrow(() -> CareRefusal.invalid("status must be verified, in-preparation, ready or rejected."));
        return pharmacy.advance(Requesters.of(http), id, to, body.reason());
    }

    @GET
    @Path("/{id}/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    public Response pdf(@PathParam("id") UUID id) {
        PrescriptionFile file = reads.pdf(Requesters.of(http), id, Requesters.what(http));
        return Response.ok(file.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-SHA256", file.sha256())
                .header("X-Signed", Boolean.toString(file.signed())).build();
    }

    @GET
    @Path("/{id}/signature-report")
    public SignatureReport signatureReport(@PathParam("id") UUID id) {
        return reads.signatureReport(Requesters.of(http), id, Requesters.what(http));
    }

    /** A PDF of the rendered prescription signed with a tool of the doctor's own; checked like any other on arrival. */
    @PUT
    @Path("/{id}/signed-pdf")
    @Consumes("application/pdf")
    public PrescriptionView handIn(@PathParam("id") UUID id, InputStream body) {
        return prescribing.handIn(Requesters.of(http), id, bounded(body));
    }

    private byte[] bounded(InputStream body) {
        long declared = http.getContentLengthLong();
        if (declared > MAX_SIGNED_PDF_BYTES) {
            throw new CareRefusal(413, "document-too-large", "Document too large", "A signed prescription has at most "
                    + MAX_SIGNED_PDF_BYTES + " bytes.");
        }
        try {
            byte[] bytes = body.readNBytes(MAX_SIGNED_PDF_BYTES + 1);
            if (bytes.length > MAX_SIGNED_PDF_BYTES) {
                throw new CareRefusal(413, "document-too-large", "Document too large", "A signed prescription has at most "
                        + MAX_SIGNED_PDF_BYTES + " bytes.");
            }
            return bytes;
        } catch (IOException e) {
            throw CareRefusal.invalid("The PDF could not be read: " + e.getMessage());
        }
    }
}
