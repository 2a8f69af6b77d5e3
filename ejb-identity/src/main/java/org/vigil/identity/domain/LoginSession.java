package org.vigil.identity.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person logged in to Vigil in one browser: what the session cookie stands for, and what ID
 * tokens issued from it say about the authentication.
 *
 * @param sid the session id tokens carry as {@code sid}, for logout
 */
public record LoginSession(String sid, UUID accountId, Instant authTime, String acr, List<String> amr) implements Serializable {
}
