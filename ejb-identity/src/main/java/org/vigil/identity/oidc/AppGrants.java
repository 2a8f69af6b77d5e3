package org.vigil.identity.oidc;

import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.Consent;
import org.vigil.identity.domain.ConsentRepository;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.OAuthClientRepository;
import org.vigil.platform.access.Caller;

/**
 * The applications a person allowed on the consent page, and the withdrawal of such an allowance. Withdrawal ends the
 * app's access at once: the consent is gone (its next launch asks again), its refresh tokens for the person are revoked,
 * and its access tokens of the person are refused from now on ({@link TokenCutoffs#cutConsent}).
 */
@Stateless
public class AppGrants {

    @Inject
    ConsentRepository consents;

    @Inject
    OAuthClientRepository clients;

    @Inject
    TokenCutoffs cutoffs;

    @EJB
    AuditTrail audit;

    /** @throws AppGrantsForbiddenException for a client's own token, or a token issued to an outside application */
    public List<AppGrant> of(Caller caller) {
        UUID accountId = person(caller);
        return consents.ofAccount(accountId).stream()
                .map(c -> new AppGrant(c.clientId(), clients.find(c.clientId()).map(OAuthClient::name).orElse(c.clientId()),
                        new TreeSet<>(c.scopes()), c.grantedAt()))
                .toList();
    }

    /** @throws UnknownClientException when the person allowed no application of this id */
    public void withdraw(Caller caller, String clientId) {
        UUID accountId = person(caller);
        String clientAddress = caller.address();
        Consent consent = consents.find(accountId, clientId).orElseThrow(() -> new UnknownClientException(clientId));
        consents.remove(consent);
        int revoked = cutoffs.cutConsent(accountId, clientId);
        audit.record("account:" + accountId, "oidc.consent-withdrawn", "client:" + clientId, AuditEvent.Outcome.SUCCESS, clientAddress,
                "scopes " + String.join(" ", new TreeSet<>(consent.scopes())) + "; " + revoked + " refresh token(s) revoked");
        // a new allowance must not fall within the cut-off's second (iat has whole seconds); at most 1 s
        cutoffs.reopenConsent(accountId, clientId);
    }

    /** The person behind the token; an outside application must not read or change what the person allowed others. */
    private static UUID person(Caller caller) {
        if (caller.clientItself()) {
            throw new AppGrantsForbiddenException("This needs a person's access token, not a client's own.");
        }
        if (!caller.firstPartyClient()) {
            throw new AppGrantsForbiddenException("What you allowed applications is shown and withdrawn in Vigil's own applications only.");
        }
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException e) {
            throw new AppGrantsForbiddenException("This needs a person's access token.");
        }
    }
}
