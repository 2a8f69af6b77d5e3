package org.vigil.identity.application;

import java.util.List;

/**
 * What a KYC terminal is told by the server: the document types (first letter of the MRZ's document code) and issuing
 * states it should take (an empty list: any state whose CSCA is trusted), whether the face image is kept, and the
 * countries of the CSCAs the server trusts now. Terminals fetch it; it changes when the server's settings or trust
 * list do.
 */
public record KycTerminalConfiguration(List<String> documentTypes, List<String> issuingStates, boolean keepFaceImage,
        List<String> trustedCscaCountries) {

    public KycTerminalConfiguration {
        documentTypes = List.copyOf(documentTypes);
        issuingStates = List.copyOf(issuingStates);
        trustedCscaCountries = List.copyOf(trustedCscaCountries);
    }
}
