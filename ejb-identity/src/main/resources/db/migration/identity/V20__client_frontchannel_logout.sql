-- OpenID Connect Front-Channel Logout 1.0: the page a client's logout is rendered from in a hidden iframe on Vigil's
-- logout page, and whether it needs iss and sid in that page's query (false unless asked, as the spec's default).
ALTER TABLE idn_client ADD COLUMN frontchannel_logout_uri VARCHAR(2000);
ALTER TABLE idn_client ADD COLUMN frontchannel_logout_session_required BOOLEAN DEFAULT FALSE NOT NULL;
