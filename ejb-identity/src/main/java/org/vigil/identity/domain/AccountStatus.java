package org.vigil.identity.domain;

public enum AccountStatus {
    /** Signed up; email or phone not confirmed yet. Cannot log in. */
    PENDING,
    /** Can log in. */
    ACTIVE,
    /** Stopped by an admin; keeps its data. */
    SUSPENDED
}
