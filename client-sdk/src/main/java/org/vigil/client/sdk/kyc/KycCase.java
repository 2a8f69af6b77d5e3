package org.vigil.client.sdk.kyc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person's level-2 evidence as the server shows it to a KYC officer, and the decisions so far. */
public record KycCase(KycPerson person, Document document, String documentSigner, String csca, Instant readAt, String terminal,
        boolean faceKept, int approvalsRequired, List<Decision> openRound, List<Decision> history) {

    /** The document as its chip described it. */
    public record Document(String type, String issuingState, String number, String surname, String givenNames, LocalDate birthDate,
            LocalDate expiryDate) {
    }

    /** An officer's decision ({@code approved} or {@code refused}). */
    public record Decision(String officer, String verdict, String reason, Instant at) {
    }
}
