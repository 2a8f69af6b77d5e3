package org.vigil.identity.infrastructure.sms;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.application.CodeSender;
import org.vigil.identity.application.Sms;
import org.vigil.identity.domain.OneTimeCode;
import org.vigil.identity.domain.SmsOutboxMessage;

/**
 * The default SMS "gateway" for development, demos and tests: the message goes to the
 * {@code idn_sms_outbox} table and to the server log, which are its delivery. A hospital
 * plugs a real gateway in by providing another {@code @Sms CodeSender} (an {@code @Alternative}
 * enabled in beans.xml).
 */
@ApplicationScoped
@Sms
public class OutboxSmsCodeSender implements CodeSender {

    private static final Logger LOG = Logger.getLogger(OutboxSmsCodeSender.class.getName());

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public void send(String recipient, String code) {
        String body = "Vigil code: " + code + " (expires in " + OneTimeCode.LIFETIME.toMinutes() + " min)";
        SmsOutboxMessage message = new SmsOutboxMessage(recipient, body, Instant.now());
        em.persist(message);
        LOG.info(() -> "SMS to " + recipient + ": " + body);
    }
}
