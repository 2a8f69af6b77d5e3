package org.vigil.platform.push;

import java.util.UUID;

import jakarta.ejb.Local;

/**
 * Identity tells the push server that it stopped trusting a device, so the device's open push connections end rather
 * than keep receiving a person's approval and signing requests until they drop by themselves. The push server
 * implements it; identity calls it, and neither module knows the other (as with {@link PushQueue}).
 */
@Local
public interface RevokedDevices {

    /**
     * Closes this authenticator's open push connections once the caller's transaction commits; nothing happens if it
     * rolls back.
     */
    void disconnectOnCommit(UUID authenticatorId);
}
