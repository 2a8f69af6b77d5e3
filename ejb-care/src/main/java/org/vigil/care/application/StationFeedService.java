package org.vigil.care.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.care.domain.live.LiveEvent;
import org.vigil.care.domain.live.Replay;

/** What the stations' live endpoint reads: who a station is, whom it watches, and the live log. */
@Local
public interface StationFeedService {

    /** The active station registered for this OAuth client. */
    Optional<UUID> stationOf(String clientId);

    /** The patients the station watches now. */
    Set<UUID> assignedPatients(UUID stationId);

    /**
     * Audits a station that starts receiving these patients' live data (on joining, or when a
     * patient is assigned to it): one read record per patient, not one per value pushed.
     */
    void recordLiveReads(String stationClientId, Set<UUID> patients);

    /** The highest committed event id. */
    long lastEventId();

    /** The events after {@code id}, oldest first, at most {@code limit}. */
    List<LiveEvent> after(long id, int limit);

    /** What a station watching {@code patients} missed in ({@code after}, {@code upTo}], within the replay window. */
    Replay replay(Set<UUID> patients, long after, long upTo);
}
