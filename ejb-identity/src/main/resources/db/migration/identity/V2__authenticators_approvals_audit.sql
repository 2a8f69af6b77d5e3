-- The devices that hold people's keys: the public key only.
CREATE TABLE idn_authenticator (
    id              UUID PRIMARY KEY,
    account_id      UUID          NOT NULL REFERENCES idn_account (id) ON DELETE CASCADE,
    name            VARCHAR(100)  NOT NULL,
    public_jwk      VARCHAR(1000) NOT NULL,
    thumbprint      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT idn_authenticator_thumbprint UNIQUE (thumbprint)
);
CREATE INDEX idn_authenticator_account ON idn_authenticator (account_id);

-- Something a person is asked to approve on their device: a login, a CIBA request, a signature.
CREATE TABLE idn_approval_request (
    id               UUID PRIMARY KEY,
    account_id       UUID          NOT NULL REFERENCES idn_account (id) ON DELETE CASCADE,
    kind             VARCHAR(16)   NOT NULL,
    binding_message  VARCHAR(200)  NOT NULL,
    requester        VARCHAR(200)  NOT NULL,
    nonce            VARCHAR(64)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    authenticator_id UUID,
    evidence         VARCHAR(4000)
);
CREATE INDEX idn_approval_request_pending ON idn_approval_request (account_id, status, created_at);

-- The append-only audit trail: logins, approvals, KYC changes, reads of patient data, signatures.
CREATE TABLE audit_event (
    id              UUID PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    action          VARCHAR(64)   NOT NULL,
    target          VARCHAR(200),
    outcome         VARCHAR(16)   NOT NULL,
    client_address  VARCHAR(64),
    details         VARCHAR(2000)
);
CREATE INDEX audit_event_time ON audit_event (occurred_at);
CREATE INDEX audit_event_target ON audit_event (target, occurred_at);
