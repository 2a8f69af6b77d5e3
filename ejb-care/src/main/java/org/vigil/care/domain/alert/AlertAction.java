package org.vigil.care.domain.alert;

/** A step in an alert's life, each recorded as an {@link AlertEvent}. */
public enum AlertAction {
    RAISED, WORSENED, CLEARED, RECURRED, ACKNOWLEDGED, SNOOZED, SNOOZE_ENDED, ESCALATED, CLOSED
}
