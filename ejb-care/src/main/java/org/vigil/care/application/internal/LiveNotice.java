package org.vigil.care.application.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;

import org.vigil.care.application.LiveTopic;

/**
 * Announces committed live events on the JMS topic, after the commit and outside the transaction.
 * Inside it, the send made every append a two-phase commit (a transaction-log write and a journal
 * write) while the live log's counter row was locked, which serialized ingest at about a hundred
 * transactions a second. The notice is only a wake-up (every node reads the log itself, and its
 * feed also looks on a timer), so it is sent non-persistent, and notices that pile up while one is
 * being sent are merged into the next: it carries the highest id committed so far.
 */
@ApplicationScoped
public class LiveNotice {

    private static final Logger LOG = Logger.getLogger(LiveNotice.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connectionFactory;

    @Resource(lookup = LiveTopic.JNDI)
    Topic topic;

    private final AtomicLong highest = new AtomicLong();
    private final AtomicBoolean queued = new AtomicBoolean();

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveEventsCommitted committed) {
        highest.accumulateAndGet(committed.lastId(), Math::max);
        if (queued.compareAndSet(false, true)) {
            executor.execute(this::send);
        }
    }

    private void send() {
        queued.set(false);
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(topic, Long.toString(highest.get()));
        } catch (JMSRuntimeException e) {
            // the feeds' own timer reads the log anyway: the events are late, not lost
            LOG.log(Level.WARNING, "could not announce live events; stations get them on the next look", e);
        }
    }
}
