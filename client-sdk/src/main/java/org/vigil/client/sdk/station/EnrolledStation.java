package org.vigil.client.sdk.station;

import org.vigil.client.sdk.device.EnrolledDeviceClient;

/**
 * What the server answered a station's enrollment: the device client, and what the admin decided
 * for it: {@code stationMode} ({@code monitoring} or {@code supervisor}), its name, and (for a
 * monitoring station) its id on the supervisors' board.
 */
public record EnrolledStation(String clientId, String role, String issuer, String tokenEndpoint, String stationId, String stationMode,
                              String stationName) {

    public EnrolledDeviceClient client() {
        return new EnrolledDeviceClient(clientId, role, issuer, tokenEndpoint);
    }

    public boolean supervisor() {
        return "supervisor".equals(stationMode);
    }
}
