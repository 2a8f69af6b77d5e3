package org.vigil.documents.application;

import jakarta.ejb.Local;

/** Vigil's trust services as relying parties reach them over HTTP (DER in, DER out). */
@Local
public interface PkiService {

    byte[] rootCaCertificate();

    byte[] issuingCaCertificate();

    byte[] issuingCaCrl();

    byte[] rootCaCrl();

    /** An RFC 6960 OCSPResponse for a DER OCSPRequest (malformedRequest for garbage). */
    byte[] ocsp(byte[] request);

    /** An RFC 3161 TimeStampResp for a DER TimeStampReq (a rejection for garbage). */
    byte[] timestamp(byte[] request);
}
