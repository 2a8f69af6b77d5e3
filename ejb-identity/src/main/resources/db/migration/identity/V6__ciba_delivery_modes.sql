-- CIBA client metadata (CIBA Core §4): how tokens reach the client, where it is notified, whether its
-- authentication requests must be signed (and with which algorithm), whether it sends a user_code, and
-- the roles a person must hold for the client to receive tokens about them.
ALTER TABLE idn_client ADD COLUMN ciba_delivery_mode VARCHAR(8) DEFAULT 'poll' NOT NULL;
ALTER TABLE idn_client ADD COLUMN ciba_notification_endpoint VARCHAR(2000);
ALTER TABLE idn_client ADD COLUMN ciba_request_signing_alg VARCHAR(8);
ALTER TABLE idn_client ADD COLUMN ciba_user_code BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE idn_client ADD COLUMN ciba_required_roles VARCHAR(200) DEFAULT '' NOT NULL;
