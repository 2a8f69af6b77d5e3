package org.vigil.identity.domain;

import java.time.Instant;
import java.util.Optional;

/** Pushed authorization requests, in the database so that any node of a cluster can redeem one. */
public interface PushedRequestRepository {

    void store(PushedRequest request);

    /** Takes the request out: whoever gets it is the only one who ever will (rows locked until the transaction ends). */
    Optional<PushedRequest> take(String requestUriHash);

    /** Forgets the requests whose time has passed, redeemed or not. */
    void removeExpired(Instant now);
}
