-- KYC level 3 (issue #18): each KYC officer's decision on a person she saw in person, about the chip evidence
-- (idn_kyc_chip_evidence) she was shown. Never updated. A round of decisions ends with a refusal or with the approval
-- that completes it (closes_round); when a second officer's approval is required, the level is reached only by two
-- approvals of different officers in one round. officer is the audit name (account:<id>).
-- Numbered 15: the fapi-dpop branch takes V14 (pushed requests, DPoP) at the same time; Flyway allows the gap.
CREATE TABLE idn_kyc_officer_decision (
    id                UUID PRIMARY KEY,
    account_id        UUID          NOT NULL REFERENCES idn_account (id) ON DELETE CASCADE,
    chip_evidence_id  UUID          NOT NULL REFERENCES idn_kyc_chip_evidence (id) ON DELETE CASCADE,
    officer           VARCHAR(100)  NOT NULL,
    verdict           VARCHAR(16)   NOT NULL,
    reason            VARCHAR(1000),
    closes_round      BOOLEAN       NOT NULL,
    decided_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idn_kyc_officer_decision_account ON idn_kyc_officer_decision (account_id);
