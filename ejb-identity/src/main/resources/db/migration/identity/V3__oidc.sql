-- Keys the provider signs tokens with. A key signs while active, then stays published in the
-- JWKS until every token it signed has expired.
CREATE TABLE idn_signing_key (
    kid             VARCHAR(64)   PRIMARY KEY,
    alg             VARCHAR(8)    NOT NULL,
    private_key     VARCHAR(4000) NOT NULL,
    public_jwk      VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at      TIMESTAMP WITH TIME ZONE,
    unpublish_at    TIMESTAMP WITH TIME ZONE
);

-- OAuth clients: applications and devices (gateways, stations, KYC terminals).
CREATE TABLE idn_client (
    client_id       VARCHAR(100)  PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    auth_method     VARCHAR(32)   NOT NULL,
    secret_hash     VARCHAR(64),
    jwks            VARCHAR(8000),
    redirect_uris   VARCHAR(4000) NOT NULL,
    post_logout_redirect_uris VARCHAR(4000) NOT NULL,
    grant_types     VARCHAR(200)  NOT NULL,
    scopes          VARCHAR(1000) NOT NULL,
    roles           VARCHAR(200)  NOT NULL,
    first_party     BOOLEAN       NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Refresh tokens, hashed. Each use rotates the token within its family; presenting a used
-- token again revokes the whole family.
CREATE TABLE idn_refresh_token (
    token_hash      VARCHAR(64)   PRIMARY KEY,
    family_id       UUID          NOT NULL,
    client_id       VARCHAR(100)  NOT NULL REFERENCES idn_client (client_id) ON DELETE CASCADE,
    account_id      UUID          NOT NULL REFERENCES idn_account (id) ON DELETE CASCADE,
    scope           VARCHAR(1000) NOT NULL,
    session_id      VARCHAR(64)   NOT NULL,
    auth_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    acr             VARCHAR(100),
    amr             VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    revoked_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX idn_refresh_token_family ON idn_refresh_token (family_id);
CREATE INDEX idn_refresh_token_session ON idn_refresh_token (session_id);

-- Which third-party clients a person allowed, and for which scopes.
CREATE TABLE idn_consent (
    account_id      UUID          NOT NULL REFERENCES idn_account (id) ON DELETE CASCADE,
    client_id       VARCHAR(100)  NOT NULL REFERENCES idn_client (client_id) ON DELETE CASCADE,
    scopes          VARCHAR(1000) NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, client_id)
);
