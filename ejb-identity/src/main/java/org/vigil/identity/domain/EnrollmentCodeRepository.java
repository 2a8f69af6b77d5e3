package org.vigil.identity.domain;

import java.util.Optional;

public interface EnrollmentCodeRepository {

    void store(EnrollmentCode code);

    Optional<EnrollmentCode> byHash(String codeHash);
}
