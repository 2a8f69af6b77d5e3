-- What an application sent through the send API, written when it is queued: the sender's
-- receipts (GET /api/v1/push/messages/{id}) answer only that client, even before the push
-- consumer has taken the message off the queue. Purged with the message after its retention.
CREATE TABLE push_sent_message (
    message_id  VARCHAR(64)  PRIMARY KEY,
    client_id   VARCHAR(100) NOT NULL,
    recipient   VARCHAR(64)  NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX push_sent_message_expiry ON push_sent_message (expires_at);
CREATE INDEX push_message_expiry ON push_message (expires_at);
