package org.vigil.identity.application;

/** Counts events per key and refuses the one that goes over its limit. */
public interface RateLimiter {

    /** @throws RateLimitedException when this event is one too many for its window */
    void acquire(RateLimit limit, String key);

    /** Whether this key has used up its window already, without counting an event. */
    boolean exhausted(RateLimit limit, String key);
}
