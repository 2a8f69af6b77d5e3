-- Introspection (RFC 7662) answers about another client's access tokens only to resource servers an admin named.
ALTER TABLE idn_client ADD COLUMN resource_server BOOLEAN DEFAULT FALSE NOT NULL;
-- The admin API needs the vigil:admin scope as well as the admin role; the bootstrap client was registered without scopes.
UPDATE idn_client SET scopes = 'vigil:admin' WHERE client_id = 'vigil-admin' AND scopes = '';
