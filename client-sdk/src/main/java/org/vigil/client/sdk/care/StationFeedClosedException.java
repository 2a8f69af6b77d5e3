package org.vigil.client.sdk.care;

import java.io.IOException;

/** The server closed the feed (for instance 1008: not a station's valid token). */
public class StationFeedClosedException extends IOException {

    private final int code;

    public StationFeedClosedException(int code, String reason) {
        super("station feed closed: " + code + " " + reason);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
