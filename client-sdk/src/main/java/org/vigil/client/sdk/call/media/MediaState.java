package org.vigil.client.sdk.call.media;

/** Where a peer's media connection is, as WebRTC's {@code RTCPeerConnectionState} says it. */
public enum MediaState {
    NEW, CONNECTING, CONNECTED, DISCONNECTED, FAILED, CLOSED
}
