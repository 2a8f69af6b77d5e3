package org.vigil.care.application.internal;

import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import org.vigil.care.application.LiveTopic;
import org.vigil.care.domain.live.NewLiveEvent;
import org.vigil.care.infrastructure.jdbc.JdbcLiveEventLog;

/**
 * Appends to the live event log and tells every node, inside the caller's transaction. The
 * notice is a JMS topic message carrying only the highest id: Artemis delivers it when the
 * transaction commits and never when it rolls back, to every node of a cluster, and each node
 * then reads the log itself, so a lost notice only delays events until the next one.
 */
@ApplicationScoped
public class LiveEventPublisher {

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @Inject
    JMSContext jms;

    @Resource(lookup = LiveTopic.JNDI)
    Topic topic;

    public void publish(List<NewLiveEvent> events) {
        long last = new JdbcLiveEventLog(dataSource).append(events);
        if (last > 0) {
            jms.createProducer().send(topic, jms.createTextMessage(Long.toString(last)));
        }
    }
}
