package org.vigil.identity.oidc;

import java.util.Set;

/**
 * A person's Vigil login session ended (they logged out); fired inside the transaction that ended it, observed after
 * it committed by {@link BackChannelLogoutNotifier}.
 *
 * @param subject the person's account id, as their ID tokens' {@code sub}
 * @param clients the clients issued a code in the session
 */
public record LoginSessionEnded(String sid, String subject, Set<String> clients) {
}
