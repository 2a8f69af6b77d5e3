package org.vigil.identity.application;

import org.vigil.identity.kyc.CscaTrustList;

/** Where the CSCA certificates and CRLs that passive authentication trusts come from, read afresh for each check. */
public interface CscaTrustLists {

    CscaTrustList current();
}
