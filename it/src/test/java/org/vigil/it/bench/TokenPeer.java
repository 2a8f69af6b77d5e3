package org.vigil.it.bench;

/** An OpenID provider the peers benchmark measures: where its token endpoint is and the one client's credentials. */
interface TokenPeer extends AutoCloseable {

    /** The row's name, with the version and set-up that matter for the figure. */
    String name();

    String tokenUrl();

    /** {@code Basic ...} of the client registered for client_credentials with client_secret_basic. */
    String basicAuthorization();

    /** The server's process (its descendants count too), for the CPU it spends. */
    long pid();
}
