-- Per patient, kind and minute of the epoch (UTC): how many values, their exact sum, their least and
-- greatest. The ingest adds each upload's newly stored values in the same transaction as the insert
-- (observations are never changed or deleted), so a chart whose buckets are whole minutes reads one row a
-- minute instead of every value: 10,080 rows for a week of 1 Hz data instead of 604,800.
-- The sum is exact (NUMERIC, each value cast as the chart's raw query casts it) so that adding minutes in
-- any order gives the same average as adding the values themselves; a DOUBLE sum would not.
CREATE TABLE care_observation_minute (
    patient_id    UUID             NOT NULL REFERENCES care_patient (id),
    kind          VARCHAR(32)      NOT NULL,
    epoch_minute  BIGINT           NOT NULL,
    value_count   BIGINT           NOT NULL,
    value_sum     NUMERIC(38, 17)  NOT NULL,
    value_min     DOUBLE PRECISION NOT NULL,
    value_max     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (patient_id, kind, epoch_minute)
);

-- The minute is the whole epoch second divided by 60, the same numbering as the chart's raw query.
INSERT INTO care_observation_minute (patient_id, kind, epoch_minute, value_count, value_sum, value_min, value_max)
SELECT patient_id, kind, epoch_minute, COUNT(*), SUM(CAST(value_num AS NUMERIC(38, 17))), MIN(value_num), MAX(value_num)
FROM (SELECT patient_id, kind, CAST(FLOOR(EXTRACT(EPOCH FROM measured_at)) AS BIGINT) / 60 AS epoch_minute, value_num
      FROM care_observation) numbered
GROUP BY patient_id, kind, epoch_minute;
