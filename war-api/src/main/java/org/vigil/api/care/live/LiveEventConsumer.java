package org.vigil.api.care.live;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import org.vigil.care.application.LiveTopic;

/**
 * Hears that live events were committed (on this node or another) and lets this node's
 * {@link LiveFeed} read them. The message only wakes the reader; what to send comes from the
 * database, so a lost or repeated message is harmless, and one naming an id already read costs
 * nothing. One session: the reader is sequential.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = LiveTopic.JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
public class LiveEventConsumer implements MessageListener {

    @EJB
    LiveFeed feed;

    @Override
    public void onMessage(Message message) {
        try {
            feed.pump(Long.parseLong(((TextMessage) message).getText()));
        } catch (JMSException | ClassCastException | NumberFormatException e) {
            feed.pump();
        }
    }
}
