package org.vigil.push.websocket;

/**
 * A device's open {@code /ws/push} connection as the push server sees it. The WebSocket endpoint
 * (in the WAR, where Undertow finds it) implements it, so this module needs no WebSocket API.
 */
public interface DeviceConnection {

    /** Sends one text frame; false when the connection is closed or the send failed. */
    boolean send(String text);

    /** Tells the device why in an error frame, then closes the connection as a policy violation. */
    void close(String reason);
}
