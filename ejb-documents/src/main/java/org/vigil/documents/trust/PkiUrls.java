package org.vigil.documents.trust;

import java.net.URI;
import java.util.Objects;

/**
 * Where third parties reach Vigil's trust services. These URLs go into every certificate the CA
 * issues (AIA and CRL distribution point), so they must stay reachable for as long as a signed
 * document may be validated: choose a stable public name, not a host's address.
 *
 * @param ocsp the OCSP responder for certificates of the issuing CA
 * @param issuingCaCertificate the issuing CA's certificate (DER), for chain building (caIssuers)
 * @param issuingCaCrl the CRL of the issuing CA
 * @param rootCaCertificate the root's certificate (DER), named by the issuing CA's caIssuers
 * @param rootCaCrl the CRL of the root, which covers the issuing CA's certificate
 * @param tsa the RFC 3161 timestamp authority
 */
public record PkiUrls(URI ocsp, URI issuingCaCertificate, URI issuingCaCrl, URI rootCaCertificate, URI rootCaCrl,
        URI tsa) {

    public PkiUrls {
        Objects.requireNonNull(ocsp, "ocsp");
        Objects.requireNonNull(issuingCaCertificate, "issuingCaCertificate");
        Objects.requireNonNull(issuingCaCrl, "issuingCaCrl");
        Objects.requireNonNull(rootCaCertificate, "rootCaCertificate");
        Objects.requireNonNull(rootCaCrl, "rootCaCrl");
        Objects.requireNonNull(tsa, "tsa");
    }

    /** The standard layout under one base URL, e.g. {@code https://vigil.example.org/pki}. */
    public static PkiUrls under(URI base) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return new PkiUrls(URI.create(root + "ocsp"), URI.create(root + "issuing-ca.cer"),
                URI.create(root + "issuing-ca.crl"), URI.create(root + "root-ca.cer"), URI.create(root + "root-ca.crl"),
                URI.create(root + "tsa"));
    }
}
