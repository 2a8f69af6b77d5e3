-- Documents: the bytes live in the database, so every node of a cluster serves the same file.
-- Once signed, a document only changes by further signatures (see DocumentContent).
CREATE TABLE doc_document (
    id              UUID          PRIMARY KEY,
    owner_id        UUID          NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    media_type      VARCHAR(50)   NOT NULL,
    content         BYTEA         NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    signatures      INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX doc_document_owner ON doc_document (owner_id);

-- The people a document is shared with (a pharmacy, a second signer): they may read it and sign it.
CREATE TABLE doc_share (
    document_id     UUID          NOT NULL REFERENCES doc_document (id) ON DELETE CASCADE,
    account_id      UUID          NOT NULL,
    PRIMARY KEY (document_id, account_id)
);
CREATE INDEX doc_share_account ON doc_share (account_id);

-- A remote signature waiting for the signer's device: one approval for one or more documents.
-- Its id is the id of the approval request the device sees.
CREATE TABLE doc_signing_request (
    id              UUID          PRIMARY KEY,
    signer_id       UUID          NOT NULL,
    authenticator_id UUID         NOT NULL,
    certificate_serial VARCHAR(64) NOT NULL,
    level           VARCHAR(8)    NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX doc_signing_request_signer ON doc_signing_request (signer_id);

-- One document of a signing request: what the device signs, and the session step 3 rebuilds
-- the exact parameters of step 1 from (its signing date above all).
CREATE TABLE doc_signing_item (
    id              UUID          PRIMARY KEY,
    request_id      UUID          NOT NULL REFERENCES doc_signing_request (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    document_id     UUID          NOT NULL REFERENCES doc_document (id),
    title           VARCHAR(200)  NOT NULL,
    document_sha256 VARCHAR(64)   NOT NULL,
    data_to_sign    BYTEA         NOT NULL,
    session         VARCHAR(20000) NOT NULL,
    signature_id    UUID,
    UNIQUE (request_id, position)
);

-- Every completed signature, with who signed, with which certificate, how and when.
CREATE TABLE doc_signature (
    id              UUID          PRIMARY KEY,
    document_id     UUID          NOT NULL REFERENCES doc_document (id),
    signer_id       UUID          NOT NULL,
    authenticator_id UUID         NOT NULL,
    request_id      UUID          NOT NULL,
    certificate_serial VARCHAR(64) NOT NULL,
    level           VARCHAR(8)    NOT NULL,
    value_encoding  VARCHAR(8)    NOT NULL,
    signing_time    TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_sha256   VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX doc_signature_document ON doc_signature (document_id);

-- Every certificate Vigil's CAs issued: the source of OCSP answers and CRLs. Serials are
-- lower-case hexadecimal; the issuer is its RFC 2253 name.
CREATE TABLE doc_issued_certificate (
    id              UUID          PRIMARY KEY,
    issuer          VARCHAR(500)  NOT NULL,
    serial          VARCHAR(64)   NOT NULL,
    subject         VARCHAR(1000) NOT NULL,
    not_after       TIMESTAMP WITH TIME ZONE NOT NULL,
    encoded         BYTEA         NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revocation_reason INTEGER,
    account_id      UUID,
    authenticator_id UUID,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (issuer, serial)
);
CREATE INDEX doc_issued_certificate_authenticator ON doc_issued_certificate (authenticator_id);

-- Where each trust service's private key lives (never the key itself): a PKCS#12 file in the
-- data dir or a PKCS#11 token, with the certificate it was created with.
CREATE TABLE doc_trust_key (
    alias           VARCHAR(64)   PRIMARY KEY,
    store_kind      VARCHAR(16)   NOT NULL,
    location        VARCHAR(500)  NOT NULL,
    certificate     BYTEA         NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Append-only audit of the document server: uploads, reads, shares, signatures, refusals.
CREATE TABLE doc_audit_event (
    id              UUID          PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    action          VARCHAR(64)   NOT NULL,
    target          VARCHAR(200)  NOT NULL,
    outcome         VARCHAR(16)   NOT NULL,
    client_address  VARCHAR(64),
    detail          VARCHAR(1000)
);
CREATE INDEX doc_audit_event_target ON doc_audit_event (target);
