-- OpenID Connect Registration's id_token_signed_response_alg: ES256 unless a client needs RS256.
ALTER TABLE idn_client ADD COLUMN id_token_alg VARCHAR(8) DEFAULT 'ES256' NOT NULL;
