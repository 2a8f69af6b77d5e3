-- Secrets of the trust services that Vigil generates itself (today the PKCS#12 file's password),
-- sealed with the installation's at-rest key (platform's AtRestEncryption): the database holds
-- only what opens with a key it does not have.
CREATE TABLE doc_trust_secret (
    name        VARCHAR(64)    PRIMARY KEY,
    sealed      VARCHAR(1000)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
