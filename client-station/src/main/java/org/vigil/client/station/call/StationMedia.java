package org.vigil.client.station.call;

import org.vigil.client.sdk.call.media.MediaEngine;

/**
 * The station program's one media engine, made when the first call starts: libwebrtc is loaded
 * only by a station that calls, and every patient view shares the engine (one per program).
 */
public final class StationMedia {

    private static MediaEngine engine;

    private StationMedia() {
    }

    public static synchronized MediaEngine engine() {
        if (engine == null) {
            engine = new MediaEngine();
        }
        return engine;
    }
}
