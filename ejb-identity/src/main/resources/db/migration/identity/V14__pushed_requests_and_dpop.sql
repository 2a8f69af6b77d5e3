-- FAPI 2.0 (issue 22): pushed authorization requests (RFC 9126) and DPoP (RFC 9449).

-- What a client may be held to: every authorization request pushed first; every access token bound to a DPoP key.
ALTER TABLE idn_client ADD COLUMN require_pushed_requests BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE idn_client ADD COLUMN dpop_bound_access_tokens BOOLEAN DEFAULT FALSE NOT NULL;

-- A pushed request waits here for its single redemption at /authorize, on whichever node the browser reaches.
-- The request_uri is stored hashed: its value is as good as the request for the minute it lives.
CREATE TABLE idn_pushed_request (
    request_uri_hash VARCHAR(64)   PRIMARY KEY,
    client_id        VARCHAR(100)  NOT NULL REFERENCES idn_client (client_id) ON DELETE CASCADE,
    parameters       VARCHAR(8000) NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idn_pushed_request_expiry ON idn_pushed_request (expires_at);

-- A public client's refresh token is bound to the DPoP key (its JWK SHA-256 thumbprint) that obtained it (RFC 9449 §5).
ALTER TABLE idn_refresh_token ADD COLUMN dpop_jkt VARCHAR(64);
