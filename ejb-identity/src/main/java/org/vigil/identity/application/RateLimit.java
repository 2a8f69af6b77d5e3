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

    /** How long until this limit's current window ends (windows are fixed, aligned on the epoch). */
    public Duration untilWindowEnds(java.time.Instant now) {
        long windowMillis = window.toMillis();
        long at = now.toEpochMilli();
        return Duration.ofMillis((at / windowMillis + 1) * windowMillis - at);
    }

    public static final RateLimit SIGN_UPS_PER_CLIENT = new RateLimit("sign-ups-per-client", "sign-ups from this address", 20, Duration.ofHours(1));
    public static final RateLimit CODES_PER_RECIPIENT = new RateLimit("codes-per-recipient", "codes sent to this recipient", 5, Duration.ofHours(1));
    /** A client guessing auth_req_ids: after this many unknown ones, none of its CIBA redemptions is looked at for the window. */
    public static final RateLimit CIBA_UNKNOWN_IDS_PER_CLIENT = new RateLimit("ciba-unknown-ids-per-client",
            "redemptions of unknown auth_req_ids by this client", 20, Duration.ofMinutes(10));
    /** Wrong CIBA user codes one client sent for one person: past it, that client is refused for that person, not others. */
    public static final RateLimit USER_CODE_ATTEMPTS_PER_CLIENT_AND_PERSON = new RateLimit("user-code-attempts-per-client-and-person",
            "wrong user codes from this client for this person", 5, Duration.ofMinutes(15));
    /** Wrong CIBA user codes one client sent for anyone: a client guessing across many people. */
    public static final RateLimit USER_CODE_ATTEMPTS_PER_CLIENT = new RateLimit("user-code-attempts-per-client",
            "wrong user codes from this client", 20, Duration.ofMinutes(15));
    /** "Send to my device" naming one person (or one unknown name: the limit tells nobody who has an account). */
    public static final RateLimit DEVICE_LOGINS_PER_PERSON = new RateLimit("device-logins-per-person",
            "login requests to this person's devices", 10, Duration.ofMinutes(15));
    public static final RateLimit DEVICE_LOGINS_PER_ADDRESS = new RateLimit("device-logins-per-address",
            "login requests from this address", 30, Duration.ofHours(1));
    /** Failed client authentications for one client id: past it, the client is refused until the window ends. */
    public static final RateLimit CLIENT_AUTH_FAILURES_PER_CLIENT = new RateLimit("client-auth-failures-per-client",
            "failed authentications of this client", 20, Duration.ofMinutes(15));
    public static final RateLimit CLIENT_AUTH_FAILURES_PER_ADDRESS = new RateLimit("client-auth-failures-per-address",
            "failed client authentications from this address", 50, Duration.ofMinutes(15));
    public static final RateLimit RESENDS_PER_CLIENT = new RateLimit("resends-per-client", "code requests from this address", 30, Duration.ofHours(1));
}
