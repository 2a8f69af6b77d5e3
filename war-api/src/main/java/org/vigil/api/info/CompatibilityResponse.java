package org.vigil.api.info;

/**
 * @param compatible      whether the client may go on talking to this server
 * @param minimumVersion  the oldest version of that component this server accepts
 * @param serverVersion   this server's version
 */
public record CompatibilityResponse(boolean compatible, String minimumVersion, String serverVersion) {
}
