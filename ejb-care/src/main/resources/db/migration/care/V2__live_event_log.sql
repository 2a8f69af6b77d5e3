-- What stations are sent live, in one order for everyone: observations, alert steps and
-- assignment changes. A station resumes with the last id it saw. Ids come from
-- care_live_event_counter, whose one row each writer updates (and so locks) until it commits:
-- ids are therefore committed in increasing order, and a reader that sees id n has every id
-- below n it will ever see. An identity column would hand out ids in start order, and a slow
-- transaction would commit id 10 after a station had seen 11.
CREATE TABLE care_live_event_counter (
    name            VARCHAR(16)   PRIMARY KEY,
    last_id         BIGINT        NOT NULL
);
INSERT INTO care_live_event_counter (name, last_id) VALUES ('live', 0);

CREATE TABLE care_live_event (
    id              BIGINT        PRIMARY KEY,
    patient_id      UUID          NOT NULL REFERENCES care_patient (id),
    -- for assignment changes: the station concerned
    station_id      UUID,
    type            VARCHAR(16)   NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- a whole accepted batch (up to 2000 observations, a few hundred kB)
    payload         VARCHAR(1048576) NOT NULL
);
CREATE INDEX care_live_event_patient ON care_live_event (patient_id, id);
CREATE INDEX care_live_event_time ON care_live_event (occurred_at);
