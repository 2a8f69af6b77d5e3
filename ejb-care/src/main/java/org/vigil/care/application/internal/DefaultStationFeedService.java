package org.vigil.care.application.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.ReadGuard;
import org.vigil.care.application.StationFeedService;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.assignment.Assignment;
import org.vigil.care.domain.device.Station;
import org.vigil.care.domain.live.LiveEvent;
import org.vigil.care.domain.live.Replay;
import org.vigil.care.domain.live.ReplayWindow;
import org.vigil.care.infrastructure.jdbc.JdbcLiveEventLog;

@Stateless
public class DefaultStationFeedService implements StationFeedService {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    @Override
    public Optional<UUID> stationOf(String clientId) {
        return em.createQuery("select s from Station s where s.clientId = :c", Station.class).setParameter("c", clientId)
                .getResultStream().filter(Station::active).map(Station::id).findFirst();
    }

    @Override
    public Set<UUID> assignedPatients(UUID stationId) {
        return new HashSet<>(em.createQuery("select a from Assignment a where a.stationId = :s and a.releasedAt is null", Assignment.class)
                .setParameter("s", stationId).getResultStream().map(Assignment::patientId).toList());
    }

    @Override
    public void recordLiveReads(String stationClientId, Set<UUID> patients) {
        ReadGuard guard = ReadSupport.guard(em, dataSource);
        Requester station = Requester.device(stationClientId, Set.of("station"), null);
        patients.forEach(patient -> guard.record(station, patient, "live feed", false, true));
    }

    @Override
    public long lastEventId() {
        return new JdbcLiveEventLog(dataSource).lastId();
    }

    @Override
    public List<LiveEvent> after(long id, int limit) {
        return new JdbcLiveEventLog(dataSource).after(id, limit);
    }

    @Override
    public Replay replay(Set<UUID> patients, long after, long upTo) {
        return new JdbcLiveEventLog(dataSource).replay(patients, after, upTo, ReplayWindow.MAX_EVENTS);
    }
}
