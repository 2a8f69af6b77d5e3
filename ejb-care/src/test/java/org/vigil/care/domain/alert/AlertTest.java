package org.vigil.care.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AlertTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final UUID PATIENT = UUID.randomUUID();
    private static final UUID NURSE = UUID.randomUUID();
    private static final EscalationPolicy POLICY = EscalationPolicy.DEFAULT;

    private final Alert alert = Alert.raise(PATIENT, "threshold:heart-rate:high", AlertSeverity.URGENT, "heart-rate 140 above 130", T0).alert();

    private static List<AlertAction> actions(List<AlertEvent> events) {
        return events.stream().map(AlertEvent::action).toList();
    }

    @Test
    void raisingRecordsTheEventAndHoldsTheConditionOpen() {
        Raised raised = Alert.raise(PATIENT, "stale:*", AlertSeverity.WARNING, "nothing from the gateway", T0);

        assertThat(raised.alert().state()).isEqualTo(AlertState.OPEN);
        assertThat(raised.event().action()).isEqualTo(AlertAction.RAISED);
        assertThat(raised.event().alertId()).isEqualTo(raised.alert().id());
    }

    @Test
    void theSameConditionAgainRefreshesTheAlertWithoutAnyNewEvent() {
        assertThat(alert.seenAgain(AlertSeverity.URGENT, "heart-rate 141 above 130", T0.plusSeconds(1))).isEmpty();
        assertThat(alert.lastSeenAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(alert.message()).isEqualTo("heart-rate 140 above 130");
    }

    @Test
    void aWorseSeverityIsRecorded() {
        assertThat(actions(alert.seenAgain(AlertSeverity.EMERGENCY, "NEWS2 8", T0.plusSeconds(60)))).containsExactly(AlertAction.WORSENED);
        assertThat(alert.severity()).isEqualTo(AlertSeverity.EMERGENCY);
        assertThat(alert.seenAgain(AlertSeverity.URGENT, "NEWS2 5", T0.plusSeconds(120))).as("never downgraded").isEmpty();
    }

    @Test
    void aClearedConditionStaysOpenUntilAcknowledgedThenCloses() {
        assertThat(actions(alert.cleared(T0.plusSeconds(30)))).containsExactly(AlertAction.CLEARED);
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);

        assertThat(actions(alert.acknowledge(NURSE, T0.plusSeconds(60)))).containsExactly(AlertAction.ACKNOWLEDGED, AlertAction.CLOSED);
        assertThat(alert.state()).isEqualTo(AlertState.CLOSED);
        assertThat(alert.acknowledgedBy()).isEqualTo(NURSE);
    }

    @Test
    void anAcknowledgedAlertClosesWhenItsConditionClears() {
        alert.acknowledge(NURSE, T0.plusSeconds(60));
        assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(alert.seenAgain(AlertSeverity.URGENT, "still high", T0.plusSeconds(90))).isEmpty();

        assertThat(actions(alert.cleared(T0.plusSeconds(120)))).containsExactly(AlertAction.CLEARED, AlertAction.CLOSED);
        assertThat(alert.closedAt()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void aConditionBackBeforeTheAcknowledgementIsARecurrenceOfTheSameAlert() {
        alert.cleared(T0.plusSeconds(30));

        assertThat(actions(alert.seenAgain(AlertSeverity.URGENT, "heart-rate 139", T0.plusSeconds(40)))).containsExactly(AlertAction.RECURRED);
        assertThat(alert.clearedAt()).isNull();
        alert.acknowledge(NURSE, T0.plusSeconds(50));
        assertThat(alert.state()).as("acknowledged, condition present").isEqualTo(AlertState.ACKNOWLEDGED);
    }

    @Test
    void aClosedAlertCannotBeAcknowledgedOrRefreshed() {
        alert.cleared(T0.plusSeconds(1));
        alert.acknowledge(NURSE, T0.plusSeconds(2));

        assertThatThrownBy(() -> alert.acknowledge(NURSE, T0.plusSeconds(3))).isInstanceOf(AlertStateException.class);
        assertThatThrownBy(() -> alert.seenAgain(AlertSeverity.URGENT, "again", T0.plusSeconds(3))).isInstanceOf(AlertStateException.class);
    }

    @Test
    void unacknowledgedPastThePolicyItEscalatesOnce() {
        assertThat(alert.tick(POLICY, T0.plus(Duration.ofMinutes(14)))).isEmpty();
        assertThat(alert.escalationDue(POLICY)).isEqualTo(T0.plus(Duration.ofMinutes(15)));

        assertThat(actions(alert.tick(POLICY, T0.plus(Duration.ofMinutes(15))))).containsExactly(AlertAction.ESCALATED);
        assertThat(alert.state()).isEqualTo(AlertState.ESCALATED);
        assertThat(alert.tick(POLICY, T0.plus(Duration.ofMinutes(45)))).as("escalated once").isEmpty();
        assertThat(actions(alert.acknowledge(NURSE, T0.plus(Duration.ofMinutes(50))))).containsExactly(AlertAction.ACKNOWLEDGED);
    }

    @Test
    void anEmergencyEscalatesSooner() {
        Alert emergency = Alert.raise(PATIENT, "news2", AlertSeverity.EMERGENCY, "NEWS2 9 (high)", T0).alert();

        assertThat(actions(emergency.tick(POLICY, T0.plus(Duration.ofMinutes(5))))).containsExactly(AlertAction.ESCALATED);
    }

    @Test
    void anAcknowledgedAlertNeverEscalates() {
        alert.acknowledge(NURSE, T0.plusSeconds(10));

        assertThat(alert.tick(POLICY, T0.plus(Duration.ofHours(5)))).isEmpty();
    }

    @Test
    void aSnoozeNeedsAReasonAndABoundedEnd() {
        assertThatThrownBy(() -> alert.snooze(NURSE, T0.plus(Duration.ofMinutes(30)), " ", POLICY, T0))
                .isInstanceOf(AlertStateException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> alert.snooze(NURSE, T0.plus(Duration.ofHours(5)), "sensor off for shower", POLICY, T0))
                .isInstanceOf(AlertStateException.class).hasMessageContaining("within 240 min");
        assertThatThrownBy(() -> alert.snooze(NURSE, T0, "now", POLICY, T0)).isInstanceOf(AlertStateException.class);
    }

    @Test
    void aSnoozedAlertHoldsItsEscalationAndReopensWhenTheSnoozeEnds() {
        AlertEvent snoozed = alert.snooze(NURSE, T0.plus(Duration.ofMinutes(30)), "patient showering, watch off", POLICY, T0.plusSeconds(60));
        assertThat(snoozed.action()).isEqualTo(AlertAction.SNOOZED);
        assertThat(snoozed.actor()).isEqualTo(NURSE.toString());
        assertThat(snoozed.reason()).startsWith("patient showering, watch off");

        assertThat(alert.tick(POLICY, T0.plus(Duration.ofMinutes(20)))).as("no escalation while snoozed").isEmpty();
        assertThat(actions(alert.tick(POLICY, T0.plus(Duration.ofMinutes(30))))).containsExactly(AlertAction.SNOOZE_ENDED);
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.escalationDue(POLICY)).as("the clock restarts at the snooze's end").isEqualTo(T0.plus(Duration.ofMinutes(45)));
        assertThat(actions(alert.tick(POLICY, T0.plus(Duration.ofMinutes(45))))).containsExactly(AlertAction.ESCALATED);
    }

    @Test
    void aSnoozedAlertCanStillBeAcknowledgedButNotSnoozedAgain() {
        alert.snooze(NURSE, T0.plus(Duration.ofMinutes(30)), "reason", POLICY, T0);

        assertThatThrownBy(() -> alert.snooze(NURSE, T0.plus(Duration.ofMinutes(40)), "again", POLICY, T0.plusSeconds(1)))
                .isInstanceOf(AlertStateException.class);
        assertThat(actions(alert.acknowledge(NURSE, T0.plusSeconds(2)))).containsExactly(AlertAction.ACKNOWLEDGED);
    }

    @Test
    void theOpenKeyIsPerPatientAndCondition() {
        assertThat(Alert.openKey(PATIENT, "news2")).isEqualTo(PATIENT + ":news2");
    }
}
