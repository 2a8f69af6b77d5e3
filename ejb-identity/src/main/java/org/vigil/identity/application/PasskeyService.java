package org.vigil.identity.application;

import jakarta.ejb.Local;

/**
 * The passkey that unlocks an enrolled app device (docs/authenticator-protocol.md §6): registered
 * once, then asked for when the app opens and after it was idle; a device with a passkey approves
 * nothing without a recent assertion.
 */
@Local
public interface PasskeyService {

    PasskeyCreationOptions creationOptions(DevicePrincipal caller);

    /** Verifies the attestation and keeps the credential; a second registration replaces the first. */
    PasskeyView register(DevicePrincipal caller, PasskeyRegistration registration, String clientAddress);

    /** @throws UnknownPasskeyException when the device has no passkey */
    PasskeyRequestOptions unlockOptions(DevicePrincipal caller);

    /** Verifies the assertion; the device may then approve until the returned view's {@code unlockedUntil}. */
    PasskeyView unlock(DevicePrincipal caller, PasskeyAssertion assertion, String clientAddress);

    /** Ends the device's unlock now: the app does so whenever it opens or locks, so an earlier unlock does not outlive it. */
    void lock(DevicePrincipal caller);

    /** @throws PasskeyUnlockRequiredException when the device has a passkey and is not unlocked now */
    void requireUnlocked(DevicePrincipal caller);
}
