-- People. The id is the OIDC subject: opaque and stable, never the email.
CREATE TABLE idn_account (
    id              UUID PRIMARY KEY,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    phone           VARCHAR(20)  NOT NULL,
    email_verified_at TIMESTAMP WITH TIME ZONE,
    phone_verified_at TIMESTAMP WITH TIME ZONE,
    kyc_level       INTEGER      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idn_account_email UNIQUE (email),
    CONSTRAINT idn_account_phone UNIQUE (phone)
);

CREATE TABLE idn_account_role (
    account_id      UUID        NOT NULL REFERENCES idn_account (id) ON DELETE CASCADE,
    role            VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role)
);

-- Why an account has its KYC level: one row per verification, never updated.
CREATE TABLE idn_kyc_evidence (
    id              UUID PRIMARY KEY,
    account_id      UUID         NOT NULL REFERENCES idn_account (id) ON DELETE CASCADE,
    level           INTEGER      NOT NULL,
    method          VARCHAR(32)  NOT NULL,
    verified_by     VARCHAR(64)  NOT NULL,
    verified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    details         VARCHAR(1000)
);
CREATE INDEX idn_kyc_evidence_account ON idn_kyc_evidence (account_id);

-- One-time codes proving control of an email address or a phone number. Only a hash is kept.
CREATE TABLE idn_one_time_code (
    id              UUID PRIMARY KEY,
    account_id      UUID         NOT NULL REFERENCES idn_account (id) ON DELETE CASCADE,
    channel         VARCHAR(8)   NOT NULL,
    code_hash       VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER      NOT NULL,
    max_attempts    INTEGER      NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idn_one_time_code_account ON idn_one_time_code (account_id, channel);

-- Text messages the default SMS sender "sent": the record an operator or a test reads.
CREATE TABLE idn_sms_outbox (
    id              UUID PRIMARY KEY,
    phone           VARCHAR(20)   NOT NULL,
    body            VARCHAR(480)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idn_sms_outbox_phone ON idn_sms_outbox (phone, created_at);

-- Codes a person types into a new authenticator to bind it to their account. Hash only.
CREATE TABLE idn_enrollment_code (
    id              UUID PRIMARY KEY,
    account_id      UUID         NOT NULL REFERENCES idn_account (id) ON DELETE CASCADE,
    code_hash       VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT idn_enrollment_code_hash UNIQUE (code_hash)
);
