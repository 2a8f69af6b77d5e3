-- Video calls from a monitoring station to the gateway in a patient's home: who called (the
-- station, and the doctor or nurse signed in at it), whom (the patient, through which gateway),
-- and how it went. One row per call, updated as it rings, is answered and ends; never deleted.
-- The read-audit trail (care_read_audit) also holds one record per call attempt, so the call is
-- part of the patient's audited history.
CREATE TABLE care_call (
    id                  UUID          PRIMARY KEY,
    patient_id          UUID          NOT NULL REFERENCES care_patient (id),
    station_id          UUID          NOT NULL REFERENCES care_station (id),
    station_client_id   VARCHAR(100)  NOT NULL,
    caller_account_id   UUID          NOT NULL,
    caller_role         VARCHAR(20)   NOT NULL,
    gateway_client_id   VARCHAR(100)  NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at         TIMESTAMP WITH TIME ZONE,
    ended_at            TIMESTAMP WITH TIME ZONE,
    ended_by            VARCHAR(20),
    version             BIGINT        NOT NULL
);
CREATE INDEX care_call_patient ON care_call (patient_id, started_at);
CREATE INDEX care_call_live ON care_call (state);
