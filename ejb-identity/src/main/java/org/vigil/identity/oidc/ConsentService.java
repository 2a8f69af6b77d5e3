package org.vigil.identity.oidc;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Prompt;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.Consent;
import org.vigil.identity.domain.ConsentRepository;
import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.Sha256;

/**
 * Whether a person must allow a client the scopes it asks for, and the person's answer on the consent page: an
 * allowance is stored (and widened later), a refusal goes back to the client as {@code access_denied}.
 */
@Stateless
public class ConsentService {

    @EJB
    AuditTrail audit;

    @Inject
    PendingLogins pendingLogins;

    @Inject
    ConsentRepository consents;

    /** Whether the consent page must be shown before a code is issued. */
    public boolean needed(OAuthClient client, UUID accountId, Set<String> scopes, Prompt prompt) {
        // prompt=consent asks for the page even where Vigil would not show it (first-party clients)
        if (prompt.contains(Prompt.Type.CONSENT)) {
            return true;
        }
        if (client.isFirstParty()) {
            return false;
        }
        return consents.find(accountId, client.clientId()).filter(c -> c.scopes().containsAll(scopes)).isEmpty();
    }

    /**
     * The person answered the consent page of {@code pending}.
     *
     * @return empty when the person allowed the client (the authorization goes on), else the step to take instead
     */
    public Optional<AuthorizationStep> answer(PendingLogin pending, String formToken, boolean allow, Optional<LoginSession> session) {
        if (pending == null || session.isEmpty() || !Sha256.sameHex(Sha256.hex(pending.formToken()), Sha256.hex(String.valueOf(formToken)))) {
            return Optional.of(new AuthorizationStep.ShowError("This consent form is no longer valid. Start again from the application."));
        }
        AuthenticationRequest request;
        try {
            request = AuthenticationRequest.parse(URI.create("https://vigil/authorize?" + pending.query()));
        } catch (ParseException e) {
            return Optional.of(new AuthorizationStep.ShowError("The request is no longer valid."));
        }
        UUID accountId = session.get().accountId();
        Set<String> scopes = new LinkedHashSet<>(request.getScope().toStringList());
        if (!allow) {
            pendingLogins.remove(pending.id());
            audit.record("account:" + accountId, "oidc.consent-refused", "client:" + pending.clientId(), AuditEvent.Outcome.SUCCESS, null, null);
            return Optional.of(AuthorizationRequestCheck.error(request, OAuth2Error.ACCESS_DENIED, "The person did not allow this client."));
        }
        Optional<Consent> consent = consents.find(accountId, pending.clientId());
        if (consent.isEmpty()) {
            consents.store(new Consent(accountId, pending.clientId(), scopes, Instant.now()));
        } else {
            consent.get().extend(scopes, Instant.now());
        }
        audit.record("account:" + accountId, "oidc.consent", "client:" + pending.clientId(), AuditEvent.Outcome.SUCCESS, null,
                String.join(" ", scopes));
        return Optional.empty();
    }
}
