package org.vigil.api.prescriptions;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.prescription.PrescriptionReads;
import org.vigil.care.application.prescription.VerificationView;

/**
 * Where a prescription's QR code leads, open to anyone holding the paper: whether Vigil issued it,
 * who signed it, until when it is valid, whether it was dispensed. The code is 256 random bits,
 * so the address can be neither guessed nor walked; it shows no patient data and no medication.
 * JSON for programs, a small page for a phone's browser.
 */
@Path("/v1/prescription-verifications/{code}")
public class PrescriptionVerificationResource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    @EJB
    PrescriptionReads reads;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public VerificationView json(@PathParam("code") String code) {
        return find(code);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page(@PathParam("code") String code) {
        VerificationView v = find(code);
        String verdict = "TOTAL_PASSED".equals(v.signatureIndication()) ? "Signature valid" : v.signatureIndication() == null
                ? "Signature not checked yet" : "Signature NOT valid (" + v.signatureIndication() + ")";
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>Prescription " + html(v.number()) + "</title></head><body style=\"font-family:sans-serif;max-width:32em;margin:2em auto\">"
                + "<h1>Prescription " + html(v.number()) + "</h1>"
                + "<p><strong>" + html(verdict) + "</strong>" + (v.signedBy() == null ? "" : ", signed by " + html(v.signedBy())) + ".</p>"
                + "<p>Issued " + DAY.format(v.issuedAt()) + "; valid " + DAY.format(v.validFrom()) + " to " + DAY.format(v.validUntil())
                + ".</p><p>Status: " + html(v.status()) + (v.dispensed() ? " (dispensed)" : "") + ". Dispensing pharmacy: "
                + html(v.pharmacyName()) + ".</p>"
                + (v.signedSha256() == null ? "" : "<p>SHA-256 of the signed PDF: <code>" + html(v.signedSha256()) + "</code></p>")
                + "</body></html>";
    }

    private VerificationView find(String code) {
        return reads.verification(code).orElseThrow(() -> new CareRefusal(404, "unknown-prescription", "Unknown prescription",
                "No prescription Vigil issued has this verification code."));
    }

    private static String html(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
