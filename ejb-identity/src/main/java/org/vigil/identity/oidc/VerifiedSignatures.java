package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens whose signature this node has already checked, until they expire. A device
 * presents the same token on every call until it expires, and an ES256 check costs more than
 * the rest of a small request (about half the CPU of an ingest at 1 Hz per gateway). Only the
 * signature check is skipped: the key must still be published and the claims, lifetime and
 * revocation are checked on every call. The key is the exact token text, so nothing that was
 * not verified can match. Bounded: when full, expired entries go, and if that is not enough,
 * all of them (they are checked again on their next use).
 */
final class VerifiedSignatures {

    private final int capacity;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    VerifiedSignatures(int capacity) {
        this.capacity = capacity;
    }

    boolean contains(String token, Instant now) {
        Instant expiresAt = verified.get(token);
        return expiresAt != null && now.isBefore(expiresAt);
    }

    void add(String token, Instant expiresAt, Instant now) {
        if (verified.size() >= capacity) {
            verified.values().removeIf(at -> !now.isBefore(at));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, expiresAt);
    }
}
