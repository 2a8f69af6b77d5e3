package org.vigil.identity.oidc;

import java.io.Serializable;
import java.util.UUID;

/**
 * An authorization request waiting for the person to log in or consent, kept server-side so
 * the pages carry only its id.
 *
 * @param query          the original authorization request's query string
 * @param approvalId     the approval request sent to the person's device, once they named themselves
 * @param matchingCode   the short code shown on the page and on the device
 * @param formToken      proves a consent form was served by this server for this pending request
 * @param freshSession   the login session made for this request, which satisfies prompt=login and max_age
 * @param qrToken        what the page's QR code carries, for an authenticator to claim this login
 * @param browserBinding the SHA-256 of the random cookie of the browser that started the login: only that browser
 *                       may continue it, so knowing the pending id is not enough to take the session
 */
public record PendingLogin(String id, String query, String clientId, UUID approvalId, String matchingCode,
                                   String formToken, String freshSession, String qrToken, String browserBinding)
        implements Serializable {

    public PendingLogin withApproval(UUID approval, String code) {
        return new PendingLogin(id, query, clientId, approval, code, formToken, freshSession, qrToken, browserBinding);
    }

    public PendingLogin withFreshSession(String sid) {
        return new PendingLogin(id, query, clientId, approvalId, matchingCode, formToken, sid, qrToken, browserBinding);
    }

    public PendingLogin withQrToken(String token) {
        return new PendingLogin(id, query, clientId, approvalId, matchingCode, formToken, freshSession, token, browserBinding);
    }

    /** Whether the browser presenting {@code binding} (its login cookie) is the one that started this login. */
    public boolean boundTo(String binding) {
        return binding != null && org.vigil.identity.domain.Sha256.sameHex(browserBinding, org.vigil.identity.domain.Sha256.hex(binding));
    }
}
