-- One-time codes an admin hands to a device (gateway, station, KYC terminal) so that it
-- registers its own key as a private_key_jwt client. Hash only.
CREATE TABLE idn_device_enrollment (
    id              UUID PRIMARY KEY,
    code_hash       VARCHAR(64)  NOT NULL,
    role            VARCHAR(32)  NOT NULL,
    context         VARCHAR(200),
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    client_id       VARCHAR(100),
    CONSTRAINT idn_device_enrollment_hash UNIQUE (code_hash)
);
