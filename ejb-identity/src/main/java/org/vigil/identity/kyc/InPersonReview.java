package org.vigil.identity.kyc;

import java.time.Instant;
import java.util.List;

/**
 * KYC level 3's rules, without a server: who may decide on whom, and when officers' decisions raise a person to level 3.
 * A person's decisions form rounds: a round is open until a refusal or the approval that completes it closes it. An
 * officer decides once per round; the level is reached when {@code approvalsRequired} different officers approved in the
 * same round. A refusal needs a reason (an approval may have one).
 */
public final class InPersonReview {

    /** What an officer decided. */
    public enum Verdict {
        APPROVED, REFUSED;

        public String text() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Verdict of(String text) {
            if ("approved".equals(text)) {
                return APPROVED;
            }
            if ("refused".equals(text)) {
                return REFUSED;
            }
            throw new ReviewRefused(ReviewRefused.Kind.INVALID_DECISION, "the decision is approved or refused");
        }
    }

    /** One officer's recorded decision; {@code closesRound} when it ended its round (a refusal, or the last approval needed). */
    public record Decision(String officer, Verdict verdict, String reason, boolean closesRound, Instant at) {
    }

    /** A new decision and what it did: closed the round at level 3, closed it refused, or left it waiting for another officer. */
    public record Result(Decision decision, Outcome outcome) {
    }

    public enum Outcome {
        LEVEL_3, REFUSED, AWAITING_ANOTHER_OFFICER
    }

    /** What may be written to the audit trail and the database for a reason. */
    public static final int MAX_REASON = 1000;

    private final int approvalsRequired;

    /** @param approvalsRequired 1, or 2 when a second officer must approve too */
    public InPersonReview(int approvalsRequired) {
        if (approvalsRequired < 1 || approvalsRequired > 2) {
            throw new IllegalArgumentException("one or two officers' approvals, not " + approvalsRequired);
        }
        this.approvalsRequired = approvalsRequired;
    }

    public int approvalsRequired() {
        return approvalsRequired;
    }

    /**
     * Who may decide: an officer at level 3, on a person at level 2 (exactly: level 1 has no document to check, level 3 is
     * done), never on herself.
     */
    public static void requireEligible(int officerLevel, String officer, int personLevel, String person) {
        if (officerLevel < 3) {
            throw new ReviewRefused(ReviewRefused.Kind.OFFICER_NOT_LEVEL_3, "a KYC officer decides only once she is at KYC level 3 herself");
        }
        if (officer.equals(person)) {
            throw new ReviewRefused(ReviewRefused.Kind.OWN_ACCOUNT, "an officer does not decide on her own account");
        }
        if (personLevel != 2) {
            throw new ReviewRefused(ReviewRefused.Kind.NOT_AT_LEVEL_2, personLevel > 2 ? "the person is at KYC level 3 already"
                    : "the person is at KYC level " + personLevel + ": an identity document's chip must be read first (level 2)");
        }
    }

    /** The decisions of the round still open (after the last one that closed a round), oldest first. */
    public static List<Decision> openRound(List<Decision> history) {
        int start = 0;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).closesRound()) {
                start = i + 1;
            }
        }
        return List.copyOf(history.subList(start, history.size()));
    }

    /**
     * @param history the person's decisions so far, oldest first
     * @throws ReviewRefused for a refusal without a reason, a reason too long, or an officer deciding twice in a round
     */
    public Result decide(List<Decision> history, String officer, Verdict verdict, String reason, Instant now) {
        String why = reason == null ? "" : reason.strip();
        if (verdict == Verdict.REFUSED && why.isEmpty()) {
            throw new ReviewRefused(ReviewRefused.Kind.REASON_REQUIRED, "a refusal says why: the reason is kept with the decision");
        }
        if (why.length() > MAX_REASON) {
            throw new ReviewRefused(ReviewRefused.Kind.REASON_REQUIRED, "the reason is at most " + MAX_REASON + " characters");
        }
        List<Decision> open = openRound(history);
        if (open.stream().anyMatch(d -> d.officer().equals(officer))) {
            throw new ReviewRefused(ReviewRefused.Kind.SAME_OFFICER, "this officer has already approved; another officer must decide");
        }
        if (verdict == Verdict.REFUSED) {
            return new Result(new Decision(officer, verdict, why, true, now), Outcome.REFUSED);
        }
        boolean completes = open.size() + 1 >= approvalsRequired;
        return new Result(new Decision(officer, verdict, why.isEmpty() ? null : why, completes, now),
                completes ? Outcome.LEVEL_3 : Outcome.AWAITING_ANOTHER_OFFICER);
    }
}
