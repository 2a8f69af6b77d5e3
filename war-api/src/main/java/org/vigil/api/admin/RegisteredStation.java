package org.vigil.api.admin;

import java.util.UUID;

/** The answer to a station's registration. */
public record RegisteredStation(UUID stationId) {
}
