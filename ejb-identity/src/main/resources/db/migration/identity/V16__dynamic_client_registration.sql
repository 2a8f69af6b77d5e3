-- OAuth 2.0 Dynamic Client Registration (RFC 7591) and its management protocol (RFC 7592), issue 22.

-- An admin hands an initial access token to an integrator; only its hash is kept, and each use registers one client.
CREATE TABLE idn_initial_access_token (
    id          VARCHAR(36)  PRIMARY KEY,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    description VARCHAR(200) NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    uses_left   INTEGER      NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);

-- A dynamically registered client manages itself with its registration access token, stored hashed.
-- A deleted client keeps its row: the audit trail's references stay whole and its id is never reused.
ALTER TABLE idn_client ADD COLUMN registration_token_hash VARCHAR(64);
ALTER TABLE idn_client ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
