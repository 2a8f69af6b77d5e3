-- A person's CIBA user_code (CIBA Core §7.1), set from their authenticator: PBKDF2, never the code itself.
ALTER TABLE idn_account ADD COLUMN user_code_hash VARCHAR(200);
