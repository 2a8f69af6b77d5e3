package org.vigil.push.application;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.vigil.platform.push.PushNotification;
import org.vigil.platform.push.PushQueue;
import org.vigil.push.delivery.DeadLetterQueue;
import org.vigil.push.delivery.DeliveriesDue;

/**
 * Takes notifications off the push queue. Storing them and acknowledging the queue message are
 * one transaction: a crash before the commit leaves the message on the queue, after it the
 * stored deliveries. A message that cannot be read is parked on the dead-letter queue at once;
 * any other failure rolls back, and Artemis retries with growing delays before parking it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = PushQueue.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class PushConsumer implements MessageListener {

    @Inject
    PushInbox inbox;

    @Inject
    DeadLetterQueue deadLetters;

    @Inject
    Event<DeliveriesDue> due;

    @Override
    public void onMessage(Message message) {
        PushNotification notification;
        try {
            notification = NotificationCheck.read(message);
        } catch (PoisonMessageException e) {
            deadLetters.parkUnreadable(message, "unreadable push message: " + e.getMessage());
            return;
        }
        List<UUID> deliveries = inbox.accept(notification);
        // tried once this transaction has committed (DeliveryTrigger)
        due.fire(new DeliveriesDue(deliveries));
    }
}
