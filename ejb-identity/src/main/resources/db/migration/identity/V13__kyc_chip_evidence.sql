-- KYC level 2 (issue #18): the date of birth an identity document vouches for (null until a chip
-- read or a later sign-up step records it), and what each accepted chip read established.
-- Numbered 13, after main's V11 and V12, so a database that ran those migrates in order.
ALTER TABLE idn_account ADD COLUMN birth_date DATE;

-- One row per chip read that passed every check, next to its idn_kyc_evidence row; never updated.
-- The SOD is kept whole (it is the issuing state's signature over the data groups, and carries the
-- Document Signer certificate), so the verification can be repeated. The face (DG2 as read) is
-- sealed with the installation's at-rest key, bound to the row's id; null when not kept.
CREATE TABLE idn_kyc_chip_evidence (
    id                  UUID PRIMARY KEY,
    evidence_id         UUID          NOT NULL REFERENCES idn_kyc_evidence (id) ON DELETE CASCADE,
    account_id          UUID          NOT NULL REFERENCES idn_account (id) ON DELETE CASCADE,
    terminal_client_id  VARCHAR(100)  NOT NULL,
    document_code       VARCHAR(2)    NOT NULL,
    issuing_state       VARCHAR(3)    NOT NULL,
    document_number     VARCHAR(30)   NOT NULL,
    surname             VARCHAR(100)  NOT NULL,
    given_names         VARCHAR(100)  NOT NULL,
    birth_date          DATE          NOT NULL,
    expiry_date         DATE          NOT NULL,
    digest_algorithm    VARCHAR(20)   NOT NULL,
    data_groups         VARCHAR(40)   NOT NULL,
    document_signer     VARCHAR(500)  NOT NULL,
    csca                VARCHAR(500)  NOT NULL,
    sod                 BYTEA         NOT NULL,
    sealed_face         VARCHAR(1000000),
    read_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idn_kyc_chip_evidence_account ON idn_kyc_chip_evidence (account_id);
