package org.vigil.care.application;

import java.util.UUID;

/**
 * A gateway or a station as the console lists it.
 *
 * @param clientId  the OAuth device client it calls with
 * @param patientId the patient whose home a gateway is in; null for a station
 * @param name      a station's name; null for a gateway
 */
public record DeviceSummary(UUID id, String clientId, UUID patientId, String name, boolean active) {
}
