package org.vigil.client.station.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.client.sdk.care.StationMessage;

/**
 * The frames below are written as the server writes them ({@code LiveMessages} in war-api) and read
 * by the SDK's own parser, so the test follows the wire format, not a shape made up for it.
 */
class ResumePointTest {

    private static final String PATIENT = "0b7f3c1e-5d2a-4a5e-9a43-1f6f0c2d7e11";

    @Test
    void aStationWhoseFeedDropsBeforeItsFirstEventResumesFromWhereTheReadySaidLiveEventsStart() throws Exception {
        ResumePoint point = new ResumePoint();
        point.saw(StationMessage.parse("{\"type\":\"ready\",\"lastEventId\":41,\"patients\":[\"" + PATIENT + "\"]}"));
        // without this the reconnecting hello carries no lastEventId, and the server replays nothing of events 42..
        assertThat(point.resumeFrom()).isEqualTo(41L);
    }

    @Test
    void eventsMoveThePointOnAndALaterReadyDoesNotMoveItBack() throws Exception {
        ResumePoint point = new ResumePoint();
        point.saw(StationMessage.parse("{\"type\":\"ready\",\"lastEventId\":41,\"patients\":[\"" + PATIENT + "\"]}"));
        point.saw(observations(42));
        point.saw(observations(57));
        assertThat(point.resumeFrom()).isEqualTo(57L);

        // a reconnect's replay (58..60) and then a ready from a node whose reader is one event behind
        point.saw(observations(60));
        point.saw(StationMessage.parse("{\"type\":\"ready\",\"lastEventId\":59,\"patients\":[]}"));
        assertThat(point.resumeFrom()).isEqualTo(60L);
    }

    @Test
    void nothingSeenMeansNothingToResumeAndControlMessagesWithoutAnIdChangeNothing() throws Exception {
        ResumePoint point = new ResumePoint();
        assertThat(point.resumeFrom()).isNull();
        point.saw(StationMessage.parse("{\"type\":\"replay-incomplete\"}"));
        assertThat(point.resumeFrom()).isNull();
        point.saw(StationMessage.parse("{\"type\":\"ready\",\"patients\":[]}"));
        assertThat(point.resumeFrom()).as("a ready without an id (an older server)").isNull();
    }

    private static StationMessage observations(long id) throws Exception {
        return StationMessage.parse("{\"id\":" + id + ",\"type\":\"observations\",\"patientId\":\"" + PATIENT
                + "\",\"at\":\"2026-12-06T03:00:00Z\",\"data\":{\"observations\":[{\"measurementId\":\"m-" + id
                + "\",\"kind\":\"heart-rate\",\"value\":72.0,\"unit\":\"/min\",\"measuredAt\":\"2026-12-06T03:00:00Z\"}]}}");
    }
}
