package org.vigil.platform.limits;

/**
 * How much of a caller's input the server reads, in one place so every interface applies the
 * same numbers. The web tier enforces the body limit on the bytes actually read (a chunked body
 * declares no length), WebSocket endpoints the message limit; modules that take larger input
 * (documents) declare their own limit and count what they read the same way.
 */
public final class InputLimits {

    /** A request body of any content type, unless its endpoint declares a larger limit. */
    public static final int BODY_BYTES = 1024 * 1024;

    /**
     * A WebSocket message from a client. Endpoints read control frames only (authentication,
     * acknowledgements, pings, signaling); media never travels over them.
     */
    public static final int WEBSOCKET_MESSAGE_BYTES = 16 * 1024;

    /** At most this much of a caller's input is quoted back in an error. */
    public static final int EXCERPT_CHARACTERS = 40;

    /** A detail or reason of an error answer never grows beyond this, whatever it quotes. */
    public static final int ERROR_TEXT_CHARACTERS = 500;

    private InputLimits() {
    }
}
