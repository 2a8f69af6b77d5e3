package org.vigil.push.application;

import java.io.StringReader;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;

import org.vigil.platform.push.PushNotification;
import org.vigil.platform.push.PushQueue;

/** Reads a push queue message and refuses, as poison, what could never be delivered. */
final class NotificationCheck {

    private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final int MAX_PAYLOAD = 3000;

    private NotificationCheck() {
    }

    static PushNotification read(Message message) throws PoisonMessageException {
        if (!(message instanceof MapMessage map)) {
            throw new PoisonMessageException("not a map message");
        }
        PushNotification notification;
        try {
            if (!map.itemExists(PushQueue.EXPIRES_AT)) {
                throw new PoisonMessageException("no expiresAt");
            }
            notification = PushQueue.read(map);
        } catch (JMSException | NullPointerException | NumberFormatException e) {
            throw new PoisonMessageException("unreadable: " + e.getMessage());
        }
        return check(notification);
    }

    static PushNotification check(PushNotification n) throws PoisonMessageException {
        if (!MESSAGE_ID.matcher(n.messageId()).matches()) {
            throw new PoisonMessageException("messageId is not 1 to 64 letters, digits, dots, colons, dashes or underscores");
        }
        try {
            UUID.fromString(n.recipient());
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("recipient is not an account subject");
        }
        if (!KIND.matcher(n.kind()).matches()) {
            throw new PoisonMessageException("kind is not 1 to 64 lower-case letters, digits, dots or dashes");
        }
        // Web Push carries at most 4096 bytes per record (RFC 8291); the envelope needs some of them
        if (n.payload().length() > MAX_PAYLOAD) {
            throw new PoisonMessageException("payload longer than " + MAX_PAYLOAD + " characters");
        }
        try (JsonReader reader = Json.createReader(new StringReader(n.payload()))) {
            reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new PoisonMessageException("payload is not a JSON object");
        }
        return n;
    }
}
