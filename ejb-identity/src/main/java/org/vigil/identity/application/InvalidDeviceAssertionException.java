package org.vigil.identity.application;

import java.util.Map;

import org.vigil.platform.problem.ProblemException;

/** A request claimed to come from an authenticator and could not prove it. */
public class InvalidDeviceAssertionException extends ProblemException {

    public InvalidDeviceAssertionException(String detail) {
        super(401, "invalid-device-assertion", "Invalid device assertion", detail);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("WWW-Authenticate", "Device");
    }
}
