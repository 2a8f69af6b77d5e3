package org.vigil.identity.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a KYC officer is shown of a person at level 2: the document as its chip described it, who vouched for the chip,
 * whether a face image was kept, how many approvals the server requires, and the decisions so far (those of the open
 * round are the approvals waiting for another officer).
 */
public record KycCase(KycPerson person, Document document, String documentSigner, String csca, Instant readAt, String terminal,
        boolean faceKept, int approvalsRequired, List<Decision> openRound, List<Decision> history) {

    public KycCase {
        openRound = List.copyOf(openRound);
        history = List.copyOf(history);
    }

    public record Document(String type, String issuingState, String number, String surname, String givenNames, LocalDate birthDate,
            LocalDate expiryDate) {
    }

    public record Decision(String officer, String verdict, String reason, Instant at) {
    }
}
