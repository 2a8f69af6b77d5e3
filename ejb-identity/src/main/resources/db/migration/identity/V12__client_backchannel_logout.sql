-- OpenID Connect Back-Channel Logout 1.0: where a client is told that a person's Vigil session ended, and whether it
-- needs the session id (sid) in the logout token.
ALTER TABLE idn_client ADD COLUMN backchannel_logout_uri VARCHAR(2000);
ALTER TABLE idn_client ADD COLUMN backchannel_logout_session_required BOOLEAN DEFAULT TRUE NOT NULL;
