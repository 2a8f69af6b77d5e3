package org.vigil.care.application.internal;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;
import org.vigil.care.domain.alert.EscalationPolicy;

/**
 * The alert timings a site may change (MicroProfile Config, so {@code VIGIL_CARE_...} environment
 * variables too): escalation after {@code vigil.care.escalation.{warning,urgent,emergency}-seconds}
 * unacknowledged (defaults {@link EscalationPolicy#DEFAULT}), and how often the alert clock looks,
 * {@code vigil.care.alert-clock-seconds} (default 15).
 */
@ApplicationScoped
public class AlertSettings {

    public EscalationPolicy escalation() {
        EscalationPolicy d = EscalationPolicy.DEFAULT;
        return new EscalationPolicy(seconds("vigil.care.escalation.warning-seconds", d.warning()),
                seconds("vigil.care.escalation.urgent-seconds", d.urgent()),
                seconds("vigil.care.escalation.emergency-seconds", d.emergency()), d.maxSnooze());
    }

    public Duration clockPeriod() {
        return seconds("vigil.care.alert-clock-seconds", Duration.ofSeconds(15));
    }

    private static Duration seconds(String name, Duration fallback) {
        return ConfigProvider.getConfig().getOptionalValue(name, Long.class).map(Duration::ofSeconds).orElse(fallback);
    }
}
