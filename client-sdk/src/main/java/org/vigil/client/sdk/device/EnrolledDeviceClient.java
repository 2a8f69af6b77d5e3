package org.vigil.client.sdk.device;

/** What the server answered a device's enrollment: who it is now, and where it gets tokens. */
public record EnrolledDeviceClient(String clientId, String role, String issuer, String tokenEndpoint) {
}
