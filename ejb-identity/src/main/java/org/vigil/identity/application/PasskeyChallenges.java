package org.vigil.identity.application;

import java.time.Duration;
import java.util.UUID;

/**
 * The challenges of WebAuthn ceremonies, kept by the server: each one is for one device and one
 * ceremony, lives a few minutes and is redeemed once (a replayed answer finds nothing).
 */
public interface PasskeyChallenges {

    enum Ceremony { REGISTRATION, UNLOCK }

    /** @return a fresh random challenge, base64url */
    String issue(UUID authenticatorId, Ceremony ceremony, Duration lifetime);

    /** Takes the challenge out; true only if it was issued to this device for this ceremony and had not expired. */
    boolean redeem(String challenge, UUID authenticatorId, Ceremony ceremony);
}
