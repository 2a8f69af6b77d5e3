package org.vigil.api.care.live;

import java.time.Instant;
import java.util.UUID;

/**
 * A doctor or nurse signed in at a monitoring station now: the station's feed connection was
 * opened with their token (see {@link StaffAtStation}) and is still open. It ends with the
 * connection: sign-out, the window closing, the station or the node going away.
 */
public record StationSignIn(UUID stationId, UUID accountId, Instant since) {
}
