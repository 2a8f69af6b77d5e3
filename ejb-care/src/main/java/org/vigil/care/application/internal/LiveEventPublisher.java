package org.vigil.care.application.internal;

import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.vigil.care.domain.live.NewLiveEvent;
import org.vigil.care.infrastructure.jdbc.JdbcLiveEventLog;

/**
 * Appends to the live event log inside the caller's transaction; once that commits,
 * {@link LiveNotice} tells every node, and each node then reads the log itself. Nothing is
 * announced for a transaction that rolls back.
 */
@ApplicationScoped
public class LiveEventPublisher {

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @Inject
    Event<LiveEventsCommitted> committed;

    public void publish(List<NewLiveEvent> events) {
        long last = new JdbcLiveEventLog(dataSource).append(events);
        if (last > 0) {
            committed.fire(new LiveEventsCommitted(last));
        }
    }
}
