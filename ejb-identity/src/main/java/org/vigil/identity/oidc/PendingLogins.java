package org.vigil.identity.oidc;

import java.time.Duration;
import java.util.Optional;

/** Authorization requests waiting for the person to log in or consent, and the QR codes that point at them. */
public interface PendingLogins {

    Duration LIFETIME = Duration.ofMinutes(10);

    /** Keeps {@code login} (new or changed) for another {@link #LIFETIME}. */
    void save(PendingLogin login);

    Optional<PendingLogin> find(String id);

    /** The pending login, if the browser presenting {@code browserBinding} (its login cookie) started it. */
    default Optional<PendingLogin> findBoundTo(String id, String browserBinding) {
        return find(id).filter(p -> p.boundTo(browserBinding));
    }

    void remove(String id);

    /** Lets an authenticator that scanned {@code qrToken} claim the pending login {@code pendingId}. */
    void linkQrToken(String qrToken, String pendingId);

    /** The pending login a QR token points at; each token is claimed once. */
    Optional<PendingLogin> claimByQrToken(String qrToken);
}
