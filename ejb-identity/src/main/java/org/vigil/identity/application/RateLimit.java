package org.vigil.identity.application;

import java.time.Duration;

/**
 * At most {@code limit} events per {@code window} for one key (an address, a recipient...).
 * An installation may change a limit with the configuration property
 * {@code vigil.rate-limit.<name>} (environment {@code VIGIL_RATE_LIMIT_<NAME>}), e.g. a
 * hospital whose staff all sign up from one NAT address.
 *
 * @param name how the configuration names the limit
 * @param what how the refusal names the events, e.g. "codes sent to this recipient"
 */
public record RateLimit(String name, String what, int limit, Duration window) {

    public static final RateLimit SIGN_UPS_PER_CLIENT = new RateLimit("sign-ups-per-client", "sign-ups from this address", 20, Duration.ofHours(1));
    public static final RateLimit CODES_PER_RECIPIENT = new RateLimit("codes-per-recipient", "codes sent to this recipient", 5, Duration.ofHours(1));
    /** A client guessing auth_req_ids: after this many unknown ones, none of its CIBA redemptions is looked at for the window. */
    public static final RateLimit CIBA_UNKNOWN_IDS_PER_CLIENT = new RateLimit("ciba-unknown-ids-per-client",
            "redemptions of unknown auth_req_ids by this client", 20, Duration.ofMinutes(10));
    /** Wrong CIBA user codes for one person, from any client. */
    public static final RateLimit USER_CODE_ATTEMPTS_PER_ACCOUNT = new RateLimit("user-code-attempts-per-account",
            "wrong user codes for this person", 5, Duration.ofMinutes(15));
    public static final RateLimit RESENDS_PER_CLIENT = new RateLimit("resends-per-client", "code requests from this address", 30, Duration.ofHours(1));
}
