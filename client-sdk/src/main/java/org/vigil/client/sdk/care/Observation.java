package org.vigil.client.sdk.care;

import java.time.Instant;
import java.util.UUID;

/**
 * One vital-sign measurement as the observations API takes it. {@code measurementId} is chosen
 * by the device side and makes uploads idempotent: the server stores an id once and answers
 * {@code duplicate} when it sees it again. {@code unit} is UCUM ({@code /min}, {@code mm[Hg]},
 * {@code Cel}, ...); {@code device} the Bluetooth address of the device that measured it.
 */
public record Observation(UUID measurementId, String kind, double value, String unit, Instant measuredAt, String device) {
}
