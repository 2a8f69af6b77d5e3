package org.vigil.documents.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.documents.application.PkiService;

@Stateless
public class DefaultPkiService implements PkiService {

    @Inject
    TrustServices trust;

    @Override
    public byte[] rootCaCertificate() {
        return TrustServices.encoded(trust.hierarchy().root().certificate());
    }

    @Override
    public byte[] issuingCaCertificate() {
        return TrustServices.encoded(trust.hierarchy().issuingCa().certificate());
    }

    @Override
    public byte[] issuingCaCrl() {
        return trust.issuingCaCrl().currentCrlEncoded();
    }

    @Override
    public byte[] rootCaCrl() {
        return trust.rootCaCrl().currentCrlEncoded();
    }

    @Override
    public byte[] ocsp(byte[] request) {
        return trust.ocspResponder().respond(request);
    }

    @Override
    public byte[] timestamp(byte[] request) {
        return trust.timestampAuthority().respond(request);
    }
}
