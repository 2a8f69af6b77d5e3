package org.vigil.api.admin;

/** Why an admin takes a step that shuts someone or something out (disabling a client, locking an account): kept on the audit trail. */
public record ReasonBody(String reason) {
}
