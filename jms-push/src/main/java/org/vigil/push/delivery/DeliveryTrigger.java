package org.vigil.push.delivery;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tries new deliveries right after the transaction that stored them commits, off the consumer's
 * thread (a slow push service must not hold the queue). What fails here the retry timer picks up.
 */
@ApplicationScoped
public class DeliveryTrigger {

    @Resource
    ManagedExecutorService executor;

    @Inject
    DeliveryDispatcher dispatcher;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesDue due) {
        if (due.deliveryIds().isEmpty()) {
            return;
        }
        executor.execute(() -> due.deliveryIds().forEach(id -> {
            try {
                dispatcher.attempt(id);
            } catch (RuntimeException e) {
                // a concurrent attempt or acknowledgement won; the timer looks at it again
            }
        }));
    }
}
