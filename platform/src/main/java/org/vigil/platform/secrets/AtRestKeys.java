package org.vigil.platform.secrets;

import java.util.Optional;

/** Where the installation's at-rest keys come from: an Elytron credential store or a PKCS#11 token. */
public interface AtRestKeys {

    /** The key new secrets are sealed with. */
    AtRestKey current();

    /** A key by alias, for secrets sealed before a rotation. */
    Optional<AtRestKey> named(String alias);

    /** Where the keys are, for the log (never the key). */
    String describe();
}
