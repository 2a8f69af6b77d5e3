package org.vigil.push.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Every two seconds: retries what failed when its backoff is over, re-sends what a device did not
 * acknowledge in time, and expires what nobody took. Non-persistent: a restarted server simply
 * finds the due deliveries in the database again.
 */
@Singleton
public class RetryTimer {

    private static final int BATCH = 200;

    @EJB
    DeliveryDispatcher dispatcher;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void retryDue() {
        for (UUID id : dispatcher.due(Instant.now(), BATCH)) {
            try {
                dispatcher.attempt(id);
            } catch (RuntimeException e) {
                // another node or an acknowledgement changed it meanwhile; next round sees the result
            }
        }
    }
}
