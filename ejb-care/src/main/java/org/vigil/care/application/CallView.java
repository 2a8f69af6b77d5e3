package org.vigil.care.application;

import java.time.Instant;
import java.util.UUID;

import org.vigil.care.domain.call.Call;

/**
 * A call as the signaling and the patient's history show it. {@code durationSeconds} is the time
 * from the answer to the end, null while it runs or for a call never answered; {@code endedBy} is
 * {@code station} or {@code gateway}, null when nobody hung up (missed, or still live).
 */
public record CallView(UUID id, UUID patientId, UUID stationId, String stationClientId, UUID callerAccountId, String callerRole,
        String gatewayClientId, String state, Instant startedAt, Instant answeredAt, Instant endedAt, String endedBy, Long durationSeconds) {

    public static CallView of(Call call) {
        return new CallView(call.id(), call.patientId(), call.stationId(), call.stationClientId(), call.callerAccountId(), call.callerRole(),
                call.gatewayClientId(), call.state().wire(), call.startedAt(), call.answeredAt().orElse(null), call.endedAt().orElse(null),
                call.endedBy().map(p -> p.wire()).orElse(null), call.duration().map(d -> d.toSeconds()).orElse(null));
    }

    public boolean live() {
        return "ringing".equals(state) || "accepted".equals(state);
    }
}
