package org.vigil.care.domain.observation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.vigil.platform.limits.Excerpt;

/**
 * Decides whether an uploaded item can be stored: a known kind, its exact UCUM unit, a finite
 * value that is physically possible ({@link VitalKind}), a time within the {@link ClockSkewPolicy},
 * and a device address of sane length. Rejections are final (the gateway files them away and
 * never resends), so they are kept to what no retry could fix.
 */
public final class ObservationValidator {

    static final int MAX_DEVICE_LENGTH = 64;

    private final ClockSkewPolicy clockSkew;

    public ObservationValidator(ClockSkewPolicy clockSkew) {
        this.clockSkew = clockSkew;
    }

    /** An item from {@code gatewayClient}, for {@code patientId}, received at {@code receivedAt}. */
    public Validated validate(ObservationInput in, UUID patientId, String gatewayClient, Instant receivedAt) {
        return problem(in, receivedAt)
                .map(Validated::reject)
                .orElseGet(() -> Validated.accept(new NewObservation(in.measurementId(), patientId,
                        VitalKind.fromCode(in.kind()).orElseThrow(), in.value(), in.measuredAt(), receivedAt,
                        in.device(), gatewayClient, null)));
    }

    private Optional<String> problem(ObservationInput in, Instant receivedAt) {
        if (in.measurementId() == null) {
            return Optional.of("measurementId is missing");
        }
        if (in.kind() == null) {
            return Optional.of("kind is missing");
        }
        Optional<VitalKind> kind = VitalKind.fromCode(in.kind());
        if (kind.isEmpty()) {
            return Optional.of("unknown kind " + Excerpt.of(in.kind()));
        }
        VitalKind k = kind.get();
        if (!k.unit().equals(in.unit())) {
            return Optional.of(k.code() + " must be in UCUM unit " + k.unit() + ", not " + Excerpt.of(in.unit()));
        }
        if (in.value() == null || !Double.isFinite(in.value())) {
            return Optional.of("value is missing or not a number");
        }
        if (!k.plausible(in.value())) {
            return Optional.of(k.code() + " " + in.value() + " " + k.unit() + " is impossible (accepted: "
                    + format(k.min()) + " to " + format(k.max()) + (k.wholeNumbers() ? ", whole numbers" : "") + ")");
        }
        if (in.measuredAt() == null) {
            return Optional.of("measuredAt is missing");
        }
        Optional<String> skew = clockSkew.check(in.measuredAt(), receivedAt);
        if (skew.isPresent()) {
            return skew;
        }
        if (in.device() != null && in.device().length() > MAX_DEVICE_LENGTH) {
            return Optional.of("device is longer than " + MAX_DEVICE_LENGTH + " characters");
        }
        return Optional.empty();
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }
}
