-- The latest value of each kind per patient, kept by the ingest in the same transaction as the
-- observations: NEWS2 on every upload and the stations' overview read it in one look-up instead
-- of a newest-first scan of the series index per kind, which H2 answers by reading every row of
-- the series (it walks indexes only forwards). Ties on measured_at go to the later upload.
CREATE TABLE care_latest_value (
    patient_id      UUID          NOT NULL REFERENCES care_patient (id),
    kind            VARCHAR(32)   NOT NULL,
    measured_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    measurement_id  UUID          NOT NULL,
    PRIMARY KEY (patient_id, kind)
);

INSERT INTO care_latest_value (patient_id, kind, measured_at, measurement_id)
SELECT patient_id, kind, measured_at, measurement_id FROM (
    SELECT patient_id, kind, measured_at, measurement_id,
           ROW_NUMBER() OVER (PARTITION BY patient_id, kind ORDER BY measured_at DESC, id DESC) AS newest
    FROM care_observation) ranked
WHERE newest = 1;
