package org.vigil.identity.kyc;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The Country Signing CA certificates this installation trusts for passive authentication, and the CRLs they publish.
 * Where they come from (a directory an operator fills from the ICAO PKD or national master lists) is the
 * application's business; this is only what one verification uses.
 */
public record CscaTrustList(List<X509Certificate> cscas, List<X509CRL> crls) {

    public CscaTrustList {
        cscas = List.copyOf(cscas);
        crls = List.copyOf(crls);
    }
}
