package org.vigil.platform.audit;

import jakarta.ejb.Local;

/**
 * The append-only audit trail, as a module that must write to it without knowing identity needs it: care records its
 * state changes and its supervisors' and care teams' reads there, in the EJB method that made them. Identity implements
 * it over its own trail; like {@link org.vigil.platform.certificates.AuthenticatorCertificates} and
 * {@link org.vigil.platform.directory.RoleHolders}, the whole contract between the two lives here, so neither module
 * knows the other.
 *
 * <p>A record joins the caller's transaction and demands one ({@code MANDATORY}): the change and its record commit
 * together or not at all. A refused attempt, which must stay on record although the refusal undoes the rest, is not
 * written through this port.
 */
@Local
public interface AuditRecorder {

    /**
     * Records that {@code actor} did {@code action} with success.
     *
     * @param actor as the trail names callers: {@code account:<id>} or {@code client:<id>}
     * @param action what was done, e.g. {@code assignment.assign}
     * @param target what it was done to, e.g. {@code patient:<id>}; may be null
     * @param address the address the call came from; may be null
     * @param details what the reader of the trail needs besides; may be null
     */
    void record(String actor, String action, String target, String address, String details);
}
