package org.vigil.client.sdk;

/** The server's answer to "do you still accept this client version?". */
public record Compatibility(boolean compatible, String minimumVersion, String serverVersion) {
}
