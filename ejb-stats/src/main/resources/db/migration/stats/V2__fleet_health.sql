-- The latest state of every device (gateways, stations, KYC terminals) and server node: its last
-- report, when it came, and how many reports in a row found its outbox deeper.
CREATE TABLE stats_device (
    device_id             VARCHAR(200)  PRIMARY KEY,
    kind                  VARCHAR(16)   NOT NULL,
    first_seen            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_report_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    latest_values         VARCHAR(4000) NOT NULL,
    last_report           VARCHAR(8000) NOT NULL,
    outbox_growth_streak  INTEGER       NOT NULL
);

-- Each figure per device in buckets of a minute, an hour or a day: every report adds to its
-- minute; minutes roll up into hours and hours into days; each resolution is kept for its own
-- retention (VIGIL_STATS_KEEP_*).
CREATE TABLE stats_bucket (
    device_id     VARCHAR(200)     NOT NULL,
    metric        VARCHAR(64)      NOT NULL,
    resolution    VARCHAR(8)       NOT NULL,
    bucket_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    sample_count  BIGINT           NOT NULL,
    value_sum     DOUBLE PRECISION NOT NULL,
    value_min     DOUBLE PRECISION NOT NULL,
    value_max     DOUBLE PRECISION NOT NULL,
    value_last    DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (device_id, metric, resolution, bucket_start)
);
CREATE INDEX stats_bucket_time ON stats_bucket (resolution, bucket_start);

-- How far the rollups have got: buckets of the finer resolution before done_until are folded in.
CREATE TABLE stats_rollup_mark (
    resolution  VARCHAR(8) PRIMARY KEY,
    done_until  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Operations alerts, open while cleared_at is null; kept afterwards as their history.
CREATE TABLE stats_ops_alert (
    id          UUID          PRIMARY KEY,
    kind        VARCHAR(32)   NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    message     VARCHAR(500)  NOT NULL,
    raised_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    cleared_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX stats_ops_alert_open ON stats_ops_alert (cleared_at, raised_at);
