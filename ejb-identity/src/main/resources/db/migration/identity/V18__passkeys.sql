-- Passkeys (WebAuthn) that unlock the phone app, issue 16: one per enrolled app device, verified with webauthn4j.
-- The credential id and the COSE public key are kept base64url; the sign count catches a cloned authenticator;
-- unlocked_until is how long the device may approve after its last passkey assertion.
CREATE TABLE idn_passkey (
    id               UUID PRIMARY KEY,
    authenticator_id UUID          NOT NULL UNIQUE REFERENCES idn_authenticator (id) ON DELETE CASCADE,
    credential_id    VARCHAR(1400) NOT NULL UNIQUE,
    cose_key         VARCHAR(2000) NOT NULL,
    sign_count       BIGINT        NOT NULL,
    aaguid           UUID          NOT NULL,
    transports       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at     TIMESTAMP WITH TIME ZONE,
    unlocked_until   TIMESTAMP WITH TIME ZONE
);
