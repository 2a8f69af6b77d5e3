package org.vigil.client.sdk.call;

import java.io.IOException;

/** The server closed the signaling connection: 1008 for a hello without standing, 1009 for a message too big. */
public class CallSignalingClosedException extends IOException {

    private final int code;

    public CallSignalingClosedException(int code, String reason) {
        super("call signaling closed: " + code + (reason == null || reason.isEmpty() ? "" : " " + reason));
        this.code = code;
    }

    public int code() {
        return code;
    }
}
