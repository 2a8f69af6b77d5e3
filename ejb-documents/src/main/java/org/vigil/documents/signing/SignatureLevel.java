package org.vigil.documents.signing;

/**
 * The ETSI baseline levels Vigil produces. B proves who signed; T adds a trusted time; LT embeds
 * the revocation data needed to validate offline; LTA adds an archive timestamp that can be renewed
 * before algorithms weaken. Prescriptions use LT or LTA: pharmacies validate years later.
 */
public enum SignatureLevel {
    B, T, LT, LTA;

    eu.europa.esig.dss.enumerations.SignatureLevel pades() {
        return switch (this) {
            case B -> eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_B;
            case T -> eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_T;
            case LT -> eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_LT;
            case LTA -> eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_LTA;
        };
    }

    eu.europa.esig.dss.enumerations.SignatureLevel xades() {
        return switch (this) {
            case B -> eu.europa.esig.dss.enumerations.SignatureLevel.XAdES_BASELINE_B;
            case T -> eu.europa.esig.dss.enumerations.SignatureLevel.XAdES_BASELINE_T;
            case LT -> eu.europa.esig.dss.enumerations.SignatureLevel.XAdES_BASELINE_LT;
            case LTA -> eu.europa.esig.dss.enumerations.SignatureLevel.XAdES_BASELINE_LTA;
        };
    }
}
