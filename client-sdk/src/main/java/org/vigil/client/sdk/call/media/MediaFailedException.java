package org.vigil.client.sdk.call.media;

/** The media connection could not be made or broke for good; the message says why (for instance TURN's 401). */
public class MediaFailedException extends Exception {

    public MediaFailedException(String reason) {
        super(reason);
    }
}
