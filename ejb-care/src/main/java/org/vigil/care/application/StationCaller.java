package org.vigil.care.application;

import java.util.Optional;
import java.util.UUID;

/**
 * A station asking to call, as its signaling connection authenticated it: its own OAuth client,
 * and the doctor or nurse signed in at it (account and role), if anyone; the address for the audit.
 */
public record StationCaller(String stationClientId, Optional<UUID> personAccountId, Optional<String> personRole, String address) {
}
