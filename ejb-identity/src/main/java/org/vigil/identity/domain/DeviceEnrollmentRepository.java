package org.vigil.identity.domain;

import java.time.Instant;
import java.util.Optional;

/** The enrollment codes admins issued to devices. */
public interface DeviceEnrollmentRepository {

    void store(DeviceEnrollment enrollment);

    /** The enrollment whose code has this hash, if it is neither used nor expired at {@code now}. */
    Optional<DeviceEnrollment> findUsableByCodeHash(String codeHash, Instant now);
}
