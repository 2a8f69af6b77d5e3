package org.vigil.stats.domain.fleet;

import java.util.Arrays;
import java.util.Optional;

/** What reports its health: the devices by the role their OAuth client carries, and Vigil's own server nodes. */
public enum DeviceKind {
    GATEWAY("gateway"),
    STATION("station"),
    KYC_TERMINAL("kyc-terminal"),
    SERVER("server");

    private final String label;

    DeviceKind(String label) {
        this.label = label;
    }

    /** The device client's role claim, the label in metrics and pages. */
    public String label() {
        return label;
    }

    /** The kind a device client's role names; servers never report through the API. */
    public static Optional<DeviceKind> ofDeviceRole(String role) {
        return Arrays.stream(values()).filter(k -> k != SERVER && k.label.equals(role)).findFirst();
    }
}
