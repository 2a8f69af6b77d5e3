package org.vigil.client.station.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.client.sdk.kyc.KycCase;
import org.vigil.client.sdk.kyc.KycDecision;
import org.vigil.client.sdk.kyc.KycPerson;

class CaseTextTest {

    private static final KycPerson ANNA = new KycPerson("a1", "Anna Maria", "Eriksson", "anna@example.org", 2);
    private static final Instant READ = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void theDocumentReadsAsThePaperOneWithTheChipsFillersGone() {
        List<String> lines = CaseText.document(kycCase(ANNA, 1, List.of()));
        assertThat(lines).contains("Surname: ERIKSSON", "Given names: ANNA MARIA", "Born: 1974-08-12", "Document: passport L898902C3 of UTO");
    }

    @Test
    void theRoundSaysWhatTheServerNeedsAndWhoHasApproved() {
        assertThat(CaseText.round(kycCase(ANNA, 1, List.of()))).isEqualTo("One officer's approval raises the person to level 3.");
        KycCase.Decision olga = new KycCase.Decision("account:olga", "approved", null, READ);
        assertThat(CaseText.round(kycCase(ANNA, 2, List.of(olga)))).startsWith("Two different officers must approve.")
                .endsWith("Approved so far by account:olga.");
        KycPerson done = new KycPerson("a1", "Anna Maria", "Eriksson", "anna@example.org", 3);
        assertThat(CaseText.round(kycCase(done, 2, List.of()))).isEqualTo("Verified in person: KYC level 3.");
    }

    @Test
    void eachOutcomeIsSaidInWords() {
        assertThat(CaseText.outcome("Anna", new KycDecision("a1", 3, "d", "approved", "level-3", 1, 1))).isEqualTo("Anna is at KYC level 3 now.");
        assertThat(CaseText.outcome("Anna", new KycDecision("a1", 2, "d", "refused", "refused", 0, 1))).startsWith("Refused: Anna stays at level 2");
        assertThat(CaseText.outcome("Anna", new KycDecision("a1", 2, "d", "approved", "awaiting-another-officer", 1, 2)))
                .isEqualTo("Approved (1 of 2): another officer must approve too.");
    }

    private static KycCase kycCase(KycPerson person, int required, List<KycCase.Decision> open) {
        return new KycCase(person, new KycCase.Document("P", "UTO", "L898902C3", "ERIKSSON", "ANNA<MARIA", LocalDate.of(1974, 8, 12),
                LocalDate.of(2031, 1, 1)), "CN=Utopia DS", "CN=Utopia CSCA", READ, "kyc-terminal-1", true, required, open, open);
    }
}
