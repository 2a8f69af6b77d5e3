package org.vigil.push.websocket;

import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.vigil.platform.push.RevokedDevices;

/**
 * Ends a revoked device's connections to this node after the revocation commits: closing them before would let the
 * device reconnect and authenticate while the revocation is still uncommitted, and so stay connected.
 */
@Stateless
public class RevokedDeviceDisconnector implements RevokedDevices {

    static final String REASON = "This device was removed from its account; it receives nothing more.";

    @EJB
    DeviceSessions sessions;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public void disconnectOnCommit(UUID authenticatorId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sessions.of(authenticatorId.toString()).forEach(connection -> connection.close(REASON));
                }
            }
        });
    }
}
