-- A client may register where its public keys live (RFC 7591 jwks_uri) instead of the keys themselves: Vigil follows its rotation.
ALTER TABLE idn_client ADD COLUMN jwks_uri VARCHAR(2000);
