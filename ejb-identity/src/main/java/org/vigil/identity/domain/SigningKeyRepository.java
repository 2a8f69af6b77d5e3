package org.vigil.identity.domain;

import java.util.List;
import java.util.Optional;

/** The provider's signing keys, active and retired. */
public interface SigningKeyRepository {

    void store(SigningKey key);

    /** Every key, newest first: what the JWKS document is made of. */
    List<SigningKey> allNewestFirst();

    /** The newest key of the algorithm not yet retired. */
    Optional<SigningKey> findNewestActive(String alg);

    /** Every key of the algorithm not yet retired (normally one). */
    List<SigningKey> allActive(String alg);
}
