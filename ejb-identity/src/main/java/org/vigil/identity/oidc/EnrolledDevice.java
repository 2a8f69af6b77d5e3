package org.vigil.identity.oidc;

/** A device that just registered its key: its client id, its role, and what the role needs. */
public record EnrolledDevice(String clientId, String role, String context) {
}
