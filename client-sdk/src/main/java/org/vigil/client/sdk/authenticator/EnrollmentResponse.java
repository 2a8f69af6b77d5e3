package org.vigil.client.sdk.authenticator;

import java.time.Instant;

/** The server's answer to an enrollment: the new authenticator's id is the key's {@code kid}. */
public record EnrollmentResponse(String authenticatorId, String accountId, String name, Instant createdAt) {
}
