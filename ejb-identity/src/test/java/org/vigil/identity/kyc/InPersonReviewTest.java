package org.vigil.identity.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigil.identity.kyc.InPersonReview.Decision;
import org.vigil.identity.kyc.InPersonReview.Outcome;
import org.vigil.identity.kyc.InPersonReview.Verdict;
import org.vigil.testsupport.emrtd.TestCsca;
import org.vigil.testsupport.emrtd.TestPassport;

class InPersonReviewTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private final List<Decision> history = new ArrayList<>();

    @Test
    void oneOfficersApprovalIsEnoughWhenTheServerAsksForOne() {
        assertThat(decide(new InPersonReview(1), "officer-a", Verdict.APPROVED, null)).isEqualTo(Outcome.LEVEL_3);
        assertThat(history).singleElement().satisfies(d -> assertThat(d.closesRound()).isTrue());
    }

    @Test
    void withTwoRequiredTheFirstApprovalWaitsAndADifferentOfficersCompletes() {
        InPersonReview review = new InPersonReview(2);
        assertThat(decide(review, "officer-a", Verdict.APPROVED, "document and face match")).isEqualTo(Outcome.AWAITING_ANOTHER_OFFICER);
        assertThatThrownBy(() -> decide(review, "officer-a", Verdict.APPROVED, null)).isInstanceOfSatisfying(ReviewRefused.class,
                e -> assertThat(e.kind()).isEqualTo(ReviewRefused.Kind.SAME_OFFICER));
        assertThat(history).hasSize(1);
        assertThat(decide(review, "officer-b", Verdict.APPROVED, null)).isEqualTo(Outcome.LEVEL_3);
    }

    @Test
    void aRefusalNeedsAReasonAndClosesTheRoundSoTheSameOfficerMayDecideAgainLater() {
        InPersonReview review = new InPersonReview(2);
        decide(review, "officer-a", Verdict.APPROVED, null);
        assertThatThrownBy(() -> decide(review, "officer-b", Verdict.REFUSED, "  ")).isInstanceOfSatisfying(ReviewRefused.class,
                e -> assertThat(e.kind()).isEqualTo(ReviewRefused.Kind.REASON_REQUIRED));
        assertThat(decide(review, "officer-b", Verdict.REFUSED, "the face does not match")).isEqualTo(Outcome.REFUSED);
        assertThat(InPersonReview.openRound(history)).isEmpty();
        // a new round: officer-a's earlier approval no longer counts
        assertThat(decide(review, "officer-a", Verdict.APPROVED, null)).isEqualTo(Outcome.AWAITING_ANOTHER_OFFICER);
    }

    @Test
    void onlyAnOfficerAtLevel3DecidesOnSomeoneElseAtLevel2() {
        assertThatThrownBy(() -> InPersonReview.requireEligible(2, "a", 2, "p")).isInstanceOfSatisfying(ReviewRefused.class,
                e -> assertThat(e.kind()).isEqualTo(ReviewRefused.Kind.OFFICER_NOT_LEVEL_3));
        assertThatThrownBy(() -> InPersonReview.requireEligible(3, "a", 2, "a")).isInstanceOfSatisfying(ReviewRefused.class,
                e -> assertThat(e.kind()).isEqualTo(ReviewRefused.Kind.OWN_ACCOUNT));
        for (int level : new int[] {0, 1, 3}) {
            assertThatThrownBy(() -> InPersonReview.requireEligible(3, "a", level, "p")).isInstanceOfSatisfying(ReviewRefused.class,
                    e -> assertThat(e.kind()).isEqualTo(ReviewRefused.Kind.NOT_AT_LEVEL_2));
        }
        InPersonReview.requireEligible(3, "a", 2, "p");
    }

    @Test
    void decisionsAreApprovedOrRefusedAndReasonsHaveALimit() {
        assertThatThrownBy(() -> Verdict.of("maybe")).isInstanceOfSatisfying(ReviewRefused.class,
                e -> assertThat(e.kind()).isEqualTo(ReviewRefused.Kind.INVALID_DECISION));
        assertThatThrownBy(() -> decide(new InPersonReview(1), "a", Verdict.APPROVED, "x".repeat(1001))).isInstanceOf(ReviewRefused.class);
        assertThatThrownBy(() -> new InPersonReview(3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(history).isEmpty();
    }

    @Test
    void theFaceImageComesOutOfDg2AsTheChipHeldIt() {
        TestPassport p = TestPassport.builder().signedBy(TestCsca.of("UTO", "Utopia CSCA").documentSigner("Utopia DS")).build();
        FaceImage face = FaceImage.ofDg2(p.dg2());
        assertThat(face.mediaType()).isEqualTo("image/jpeg");
        assertThat(face.bytes()).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThatThrownBy(() -> FaceImage.ofDg2(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class);
    }

    private Outcome decide(InPersonReview review, String officer, Verdict verdict, String reason) {
        InPersonReview.Result result = review.decide(history, officer, verdict, reason, NOW.plusSeconds(history.size()));
        history.add(result.decision());
        return result.outcome();
    }
}
