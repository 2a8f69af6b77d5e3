package org.vigil.api.pki;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vigil.documents.application.PkiService;

/**
 * The trust services over HTTP, with the media types RFC 2585 (certificates, CRLs), RFC 6960
 * (OCSP, POST and GET) and RFC 3161 (timestamps) name. The protocols carry their own errors
 * (malformedRequest, a rejected TimeStampResp), so garbage gets a protocol answer, not a 500.
 */
@Path("/")
public class PkiResource {

    static final String CERTIFICATE = "application/pkix-cert";
    static final String CRL = "application/pkix-crl";
    static final String OCSP_REQUEST = "application/ocsp-request";
    static final String OCSP_RESPONSE = "application/ocsp-response";
    static final String TIMESTAMP_QUERY = "application/timestamp-query";
    static final String TIMESTAMP_REPLY = "application/timestamp-reply";

    // An OCSP request or timestamp query is a few hundred bytes.
    private static final int MAX_REQUEST = 64 * 1024;

    @EJB
    PkiService pki;

    @GET
    @Path("root-ca.cer")
    public Response rootCertificate() {
        return binary(pki.rootCaCertificate(), CERTIFICATE, "max-age=86400");
    }

    @GET
    @Path("issuing-ca.cer")
    public Response issuingCertificate() {
        return binary(pki.issuingCaCertificate(), CERTIFICATE, "max-age=86400");
    }

    @GET
    @Path("issuing-ca.crl")
    public Response issuingCrl() {
        return binary(pki.issuingCaCrl(), CRL, "max-age=60");
    }

    @GET
    @Path("root-ca.crl")
    public Response rootCrl() {
        return binary(pki.rootCaCrl(), CRL, "max-age=3600");
    }

    @POST
    @Path("ocsp")
    @Consumes(MediaType.WILDCARD)
    public Response ocsp(InputStream body) {
        return binary(pki.ocsp(read(body)), OCSP_RESPONSE, "no-cache");
    }

    /** RFC 6960 Appendix A.1: the DER request, Base64 then URL-encoded, as the last path segment. */
    @GET
    @Path("ocsp/{request: .+}")
    public Response ocspGet(@PathParam("request") String request) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(request.replace(' ', '+'));
        } catch (IllegalArgumentException e) {
            der = new byte[0];
        }
        return binary(pki.ocsp(der), OCSP_RESPONSE, "no-cache");
    }

    @POST
    @Path("tsa")
    @Consumes(MediaType.WILDCARD)
    public Response timestamp(InputStream body) {
        return binary(pki.timestamp(read(body)), TIMESTAMP_REPLY, "no-store");
    }

    private static Response binary(byte[] body, String type, String cacheControl) {
        return Response.ok(body, type).header("Cache-Control", cacheControl).build();
    }

    private static byte[] read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_REQUEST + 1);
            return bytes.length > MAX_REQUEST ? new byte[0] : bytes;
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
