package org.vigil.client.sdk.authenticator;

/**
 * The device key cannot be had or used: no key yet, a wrong PIN or password, a token that is
 * missing or refuses. The message is meant for the person at the device.
 */
public class DeviceKeyException extends RuntimeException {

    public DeviceKeyException(String message) {
        super(message);
    }

    public DeviceKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
