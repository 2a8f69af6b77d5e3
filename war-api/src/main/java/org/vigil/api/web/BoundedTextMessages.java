package org.vigil.api.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import org.vigil.platform.limits.InputLimits;

/**
 * A WebSocket connection's incoming text messages, assembled from the parts the container hands
 * over and never longer than {@link InputLimits#WEBSOCKET_MESSAGE_BYTES}: past the limit the
 * connection is closed with 1009 (message too big) and the rest of the message is dropped as it
 * arrives instead of being buffered. Every endpoint takes its messages in parts through one of
 * these ({@code @OnMessage void part(String part, boolean last)}), because Undertow 2.3's own
 * limit ({@code @OnMessage(maxMessageSize)}, {@code setMaxTextMessageBufferSize}) is not applied
 * to a message that arrives in more than one read (UNDERTOW-2770, fixed after the version WildFly
 * 39 ships): a client could make it buffer a 20 MiB frame. {@code BoundedTextMessagesTest} checks
 * that every endpoint of the WAR does so.
 */
public final class BoundedTextMessages {

    private final StringBuilder message = new StringBuilder();
    private long bytes;
    private boolean tooBig;

    /**
     * @return the whole message when {@code last} completes it within the limit; empty while parts
     *         are still coming, and for every part once the limit was passed (the connection is
     *         then already closing)
     */
    public Optional<String> add(Session session, String part, boolean last) {
        if (tooBig) {
            return Optional.empty();
        }
        bytes += utf8Length(part);
        if (bytes > InputLimits.WEBSOCKET_MESSAGE_BYTES) {
            tooBig = true;
            message.setLength(0);
            close(session);
            return Optional.empty();
        }
        message.append(part);
        if (!last) {
            return Optional.empty();
        }
        String whole = message.toString();
        message.setLength(0);
        bytes = 0;
        return Optional.of(whole);
    }

    private static void close(Session session) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.TOO_BIG,
                    "messages are at most " + InputLimits.WEBSOCKET_MESSAGE_BYTES + " bytes"));
        } catch (IOException e) {
            // the connection is gone either way
        }
    }

    private static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return length;
    }
}
