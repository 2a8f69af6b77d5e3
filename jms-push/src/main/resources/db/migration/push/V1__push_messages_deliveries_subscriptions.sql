-- Every notification the push queue carried, kept until it expires: what a device that comes
-- back online is sent, and what a retry from the dead-letter queue re-arms.
CREATE TABLE push_message (
    message_id   VARCHAR(64)   PRIMARY KEY,
    recipient    VARCHAR(64)   NOT NULL,
    kind         VARCHAR(64)   NOT NULL,
    payload      VARCHAR(8000) NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per message and endpoint of the recipient (a device's WebSocket, a Web Push
-- subscription): the per-endpoint delivery state and its receipt.
CREATE TABLE push_delivery (
    id               UUID          PRIMARY KEY,
    message_id       VARCHAR(64)   NOT NULL REFERENCES push_message (message_id) ON DELETE CASCADE,
    channel          VARCHAR(16)   NOT NULL,
    endpoint         VARCHAR(64)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500),
    version          BIGINT        NOT NULL,
    CONSTRAINT push_delivery_once UNIQUE (message_id, channel, endpoint)
);
CREATE INDEX push_delivery_due ON push_delivery (status, next_attempt_at);
CREATE INDEX push_delivery_endpoint ON push_delivery (channel, endpoint, status);

-- Web Push subscriptions (RFC 8030) a device registered for its person.
CREATE TABLE push_web_subscription (
    id                UUID          PRIMARY KEY,
    account_id        UUID          NOT NULL,
    authenticator_id  UUID          NOT NULL,
    endpoint          VARCHAR(2000) NOT NULL,
    p256dh            VARCHAR(200)  NOT NULL,
    auth              VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX push_web_subscription_account ON push_web_subscription (account_id);

-- The server's VAPID key pair (RFC 8292): generated once, the same on every node and restart,
-- because push services bind each subscription to the public key it was created with.
CREATE TABLE push_vapid_key (
    id           INTEGER       PRIMARY KEY,
    private_key  VARCHAR(400)  NOT NULL,
    public_key   VARCHAR(200)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
