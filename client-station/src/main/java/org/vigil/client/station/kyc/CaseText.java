package org.vigil.client.station.kyc;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.vigil.client.sdk.kyc.KycCase;
import org.vigil.client.sdk.kyc.KycDecision;
import org.vigil.client.sdk.kyc.KycPerson;

/** What the KYC officer's screen says about a person, a case and a decision, in words (kept apart so a unit test reads it). */
public final class CaseText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private CaseText() {
    }

    /** One line of the search results. */
    public static String person(KycPerson p) {
        return p.displayName() + " · " + p.email() + " · KYC level " + p.kycLevel();
    }

    /** The document as its chip described it, one fact a line, for the officer to compare with the paper in her hand. */
    public static List<String> document(KycCase c) {
        KycCase.Document d = c.document();
        return List.of("Surname: " + d.surname(), "Given names: " + d.givenNames().replace('<', ' ').strip(), "Born: " + d.birthDate(),
                "Document: " + kind(d.type()) + " " + d.number() + " of " + d.issuingState(), "Expires: " + d.expiryDate(),
                "Chip read: " + WHEN.format(c.readAt()) + " at " + c.terminal(), "Signed by: " + c.documentSigner(), "Under CSCA: " + c.csca());
    }

    /** Where the decision stands: how many approvals the server needs, and who approved in the open round. */
    public static String round(KycCase c) {
        if (c.person().kycLevel() >= 3) {
            return "Verified in person: KYC level 3.";
        }
        String needed = c.approvalsRequired() == 1 ? "One officer's approval raises the person to level 3."
                : "Two different officers must approve.";
        if (c.openRound().isEmpty()) {
            return needed;
        }
        return needed + " Approved so far by " + String.join(", ", c.openRound().stream().map(KycCase.Decision::officer).toList()) + ".";
    }

    /** One line of the decision history, newest last. */
    public static String decision(KycCase.Decision d) {
        return WHEN.format(d.at()) + "  " + d.verdict() + " by " + d.officer() + (d.reason() == null ? "" : ": " + d.reason());
    }

    /** What the officer's decision did, for the result line. */
    public static String outcome(String name, KycDecision decision) {
        return switch (decision.outcome()) {
            case "level-3" -> name + " is at KYC level 3 now.";
            case "refused" -> "Refused: " + name + " stays at level " + decision.kycLevel() + ". The reason is kept.";
            default -> "Approved (" + decision.approvals() + " of " + decision.approvalsRequired() + "): another officer must approve too.";
        };
    }

    private static String kind(String code) {
        return switch (code.isEmpty() ? ' ' : code.charAt(0)) {
            case 'P' -> "passport";
            case 'I', 'A', 'C' -> "identity card";
            default -> "document " + code;
        };
    }
}
