package org.vigil.identity.application;

import java.time.Duration;

/**
 * At most {@code limit} events per {@code window} for one key (an address, a recipient...).
 *
 * @param what how the refusal names the events, e.g. "codes sent to this address"
 */
public record RateLimit(String what, int limit, Duration window) {

    public static final RateLimit SIGN_UPS_PER_CLIENT = new RateLimit("sign-ups from this address", 20, Duration.ofHours(1));
    public static final RateLimit CODES_PER_RECIPIENT = new RateLimit("codes sent to this recipient", 5, Duration.ofHours(1));
    public static final RateLimit RESENDS_PER_CLIENT = new RateLimit("code requests from this address", 30, Duration.ofHours(1));
}
