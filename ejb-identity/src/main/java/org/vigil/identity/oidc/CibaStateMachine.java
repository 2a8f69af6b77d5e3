package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.function.Supplier;

import com.nimbusds.oauth2.sdk.ciba.BackChannelTokenDeliveryMode;

import org.vigil.identity.application.ApprovalOutcome;

/**
 * Where a backchannel authentication request goes (CIBA Core §7–§11). A request waits for the person's decision until
 * it expires; meanwhile a poll client is told {@code authorization_pending}, or {@code slow_down} when it polls faster
 * than its interval (which then grows by five seconds, §11). Once the person decided, the request ends in one of three
 * ways: approved (tokens are issued, once), denied, or expired. Push clients never poll: their tokens go to them.
 * <p>
 * Plain Java, no server: {@link CibaService} keeps the state in {@link CibaRequests} and turns each transition into
 * the answer the protocol names.
 */
public final class CibaStateMachine {

    private CibaStateMachine() {
    }

    /** The person's side of a request, as the approval request says it. */
    public enum Decision {
        UNDECIDED, APPROVED, DENIED, EXPIRED;

        public static Decision of(ApprovalOutcome outcome) {
            if (outcome.pending()) {
                return UNDECIDED;
            }
            if (outcome.approved()) {
                return APPROVED;
            }
            return "EXPIRED".equals(outcome.status()) ? EXPIRED : DENIED;
        }
    }

    /** What a poll or a notification leads to. */
    public sealed interface Transition {
    }

    /** A push-mode request presented at the token endpoint: its tokens go to the notification endpoint instead. */
    public record NotRedeemable() implements Transition {
    }

    /** The client polled too soon: the request, with the longer interval, stays waiting. */
    public record SlowDown(CibaRequestState next) implements Transition {
    }

    /** The person has not decided yet: the request, with this poll noted, stays waiting. */
    public record Waiting(CibaRequestState next) implements Transition {
    }

    /** The request expired undecided: it ends. */
    public record Expired() implements Transition {
    }

    /** The person denied the request: it ends. */
    public record Denied() implements Transition {
    }

    /** The person approved: tokens may be issued, once. */
    public record Approved() implements Transition {
    }

    /** How much a poll that comes too soon lengthens the interval (CIBA Core §11, {@code slow_down}). */
    static final int SLOW_DOWN_STEP_SECONDS = 5;

    /**
     * The token endpoint's poll (poll and ping modes). {@code decision} is asked only when the request is still
     * within its time and the client kept its interval, so a too-eager client costs no look-up.
     */
    public static Transition poll(CibaRequestState request, Instant now, Supplier<Decision> decision) {
        if (BackChannelTokenDeliveryMode.PUSH.getValue().equals(request.mode())) {
            return new NotRedeemable();
        }
        if (!now.isBefore(request.expiresAt())) {
            return new Expired();
        }
        boolean polling = BackChannelTokenDeliveryMode.POLL.getValue().equals(request.mode());
        if (polling && request.lastPoll().plusSeconds(request.intervalSeconds()).isAfter(now)) {
            return new SlowDown(request.polledAt(now, request.intervalSeconds() + SLOW_DOWN_STEP_SECONDS));
        }
        Decision decided = decision.get();
        if (decided == Decision.UNDECIDED) {
            return new Waiting(request.polledAt(now, request.intervalSeconds()));
        }
        return settle(decided);
    }

    /** A request whose waiting is over (decided, or its time ran out): how it ends. */
    public static Transition settle(Decision decision) {
        return switch (decision) {
            case APPROVED -> new Approved();
            case DENIED -> new Denied();
            // a request still undecided when it is settled ran out of time
            case UNDECIDED, EXPIRED -> new Expired();
        };
    }
}
