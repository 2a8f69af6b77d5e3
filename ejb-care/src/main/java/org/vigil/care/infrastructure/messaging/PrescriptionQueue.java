package org.vigil.care.infrastructure.messaging;

import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import org.vigil.care.application.prescription.PrescriptionRouting;

/**
 * Puts a signed prescription on the persistent routing queue. The injected context joins the
 * caller's JTA transaction: the message leaves only if the signature it announces commits, and
 * Artemis' journal keeps it across a crash until the consumer's transaction takes it.
 */
@ApplicationScoped
public class PrescriptionQueue {

    @Inject
    JMSContext jms;

    @Resource(lookup = PrescriptionRouting.QUEUE)
    Queue queue;

    public void route(UUID prescriptionId) {
        TextMessage message = jms.createTextMessage(prescriptionId.toString());
        try {
            message.setStringProperty(PrescriptionRouting.PRESCRIPTION_ID, prescriptionId.toString());
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("could not build the routing message", e);
        }
        jms.createProducer().send(queue, message);
    }
}
