-- Signing keys' private halves are stored sealed (AES-GCM with the installation's at-rest key,
-- base64url with a prefix naming the key): a sealed 4096-bit RSA JWK is longer than 4000
-- characters. Rows still in the clear are sealed by the application at start-up (SigningKeyRing),
-- which holds the key; SQL cannot.
ALTER TABLE idn_signing_key ALTER COLUMN private_key SET DATA TYPE VARCHAR(8000);
