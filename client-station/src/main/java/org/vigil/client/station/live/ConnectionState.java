package org.vigil.client.station.live;

/** What the station tells people about its link to the server, always on screen. */
public enum ConnectionState {
    CONNECTING("Connecting…", "○"),
    LIVE("Live", "●"),
    RECONNECTING("Reconnecting — values shown may be old", "◌"),
    RESUMED("Resumed — nothing missed", "●"),
    REPLAY_INCOMPLETE("Replay incomplete — reloaded over REST", "◐"),
    OFFLINE("Offline", "✕");

    private final String text;
    private final String symbol;

    ConnectionState(String text, String symbol) {
        this.text = text;
        this.symbol = symbol;
    }

    public String text() {
        return text;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether what the tiles show is current (live or caught up). */
    public boolean current() {
        return this == LIVE || this == RESUMED || this == REPLAY_INCOMPLETE;
    }
}
