package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.vigil.identity.application.ApprovalOutcome;
import org.vigil.identity.domain.KycLevel;
import org.vigil.identity.oidc.CibaStateMachine.Decision;

class CibaStateMachineTest {

    private static final Instant START = Instant.parse("2026-12-05T09:00:00Z");
    private static final Supplier<Decision> NOT_ASKED = () -> fail("the decision must not be looked up");

    private static CibaRequestState request(String mode) {
        return new CibaRequestState("station-1", UUID.randomUUID(), UUID.randomUUID(), "openid", START.plusSeconds(300), 5,
                Instant.EPOCH, mode, KycLevel.NONE);
    }

    @Test
    void aFirstPollOfAnUndecidedRequestWaitsAndNotesThePoll() {
        CibaStateMachine.Transition t = CibaStateMachine.poll(request("poll"), START, () -> Decision.UNDECIDED);

        assertThat(t).isInstanceOf(CibaStateMachine.Waiting.class);
        CibaRequestState next = ((CibaStateMachine.Waiting) t).next();
        assertThat(next.lastPoll()).isEqualTo(START);
        assertThat(next.intervalSeconds()).isEqualTo(5);
    }

    @Test
    void pollingWithinTheIntervalSlowsTheClientDownWithoutLookingUpTheDecision() {
        CibaRequestState polled = request("poll").polledAt(START, 5);

        CibaStateMachine.Transition t = CibaStateMachine.poll(polled, START.plusSeconds(4), NOT_ASKED);

        assertThat(t).isInstanceOf(CibaStateMachine.SlowDown.class);
        CibaRequestState next = ((CibaStateMachine.SlowDown) t).next();
        assertThat(next.intervalSeconds()).isEqualTo(10);
        assertThat(next.lastPoll()).isEqualTo(START.plusSeconds(4));
    }

    @Test
    void pollingAfterTheIntervalIsAnsweredAgain() {
        CibaRequestState polled = request("poll").polledAt(START, 5);

        assertThat(CibaStateMachine.poll(polled, START.plusSeconds(5), () -> Decision.UNDECIDED))
                .isInstanceOf(CibaStateMachine.Waiting.class);
    }

    @Test
    void aPingClientIsNotHeldToTheInterval() {
        CibaRequestState polled = request("ping").polledAt(START, 5);

        assertThat(CibaStateMachine.poll(polled, START.plusSeconds(1), () -> Decision.APPROVED))
                .isInstanceOf(CibaStateMachine.Approved.class);
    }

    @Test
    void aRequestPastItsTimeExpiresWhateverThePersonDid() {
        CibaRequestState request = request("poll");

        assertThat(CibaStateMachine.poll(request, request.expiresAt(), NOT_ASKED)).isInstanceOf(CibaStateMachine.Expired.class);
        assertThat(CibaStateMachine.poll(request, request.expiresAt().plusSeconds(60), NOT_ASKED))
                .isInstanceOf(CibaStateMachine.Expired.class);
    }

    @Test
    void aDecisionEndsTheRequest() {
        assertThat(CibaStateMachine.poll(request("poll"), START, () -> Decision.APPROVED)).isInstanceOf(CibaStateMachine.Approved.class);
        assertThat(CibaStateMachine.poll(request("poll"), START, () -> Decision.DENIED)).isInstanceOf(CibaStateMachine.Denied.class);
        assertThat(CibaStateMachine.poll(request("poll"), START, () -> Decision.EXPIRED)).isInstanceOf(CibaStateMachine.Expired.class);
    }

    @Test
    void aPushRequestIsNeverRedeemedAtTheTokenEndpoint() {
        AtomicInteger asked = new AtomicInteger();
        CibaStateMachine.Transition t = CibaStateMachine.poll(request("push"), START, () -> {
            asked.incrementAndGet();
            return Decision.APPROVED;
        });

        assertThat(t).isInstanceOf(CibaStateMachine.NotRedeemable.class);
        assertThat(asked).hasValue(0);
    }

    @Test
    void settlingARequestStillUndecidedMeansItRanOutOfTime() {
        assertThat(CibaStateMachine.settle(Decision.UNDECIDED)).isInstanceOf(CibaStateMachine.Expired.class);
        assertThat(CibaStateMachine.settle(Decision.EXPIRED)).isInstanceOf(CibaStateMachine.Expired.class);
        assertThat(CibaStateMachine.settle(Decision.DENIED)).isInstanceOf(CibaStateMachine.Denied.class);
        assertThat(CibaStateMachine.settle(Decision.APPROVED)).isInstanceOf(CibaStateMachine.Approved.class);
    }

    @Test
    void theApprovalsStatusNamesTheDecision() {
        assertThat(Decision.of(outcome("PENDING"))).isEqualTo(Decision.UNDECIDED);
        assertThat(Decision.of(outcome("APPROVED"))).isEqualTo(Decision.APPROVED);
        assertThat(Decision.of(outcome("DENIED"))).isEqualTo(Decision.DENIED);
        assertThat(Decision.of(outcome("EXPIRED"))).isEqualTo(Decision.EXPIRED);
    }

    private static ApprovalOutcome outcome(String status) {
        return new ApprovalOutcome(UUID.randomUUID(), UUID.randomUUID(), status, START, UUID.randomUUID());
    }
}
