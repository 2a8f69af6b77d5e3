package org.vigil.identity.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.util.MultivaluedMapUtils;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.OIDCError;
import com.nimbusds.openid.connect.sdk.Prompt;

import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AccountStatus;
import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.Sha256;

/**
 * The authorization endpoint's decisions (OpenID Connect Core 3.1.2): with a checked request
 * ({@link AuthorizationRequestCheck}), decide whether the person must log in ({@link DeviceLoginService}) or consent
 * ({@link ConsentService}), and issue the single-use code.
 */
@Stateless
public class AuthorizationService {

    /** How long a code can be redeemed; {@code vigil.oidc.code-lifetime-seconds} changes it. */
    public static final Duration CODE_LIFETIME = Duration.ofSeconds(60);

    @EJB
    ConsentService consents;

    @Inject
    AuthorizationRequestCheck requestCheck;

    @Inject
    PendingLogins pendingLogins;

    @Inject
    LoginSessions sessions;

    @Inject
    AuthorizationCodes codes;

    @Inject
    AccountRepository accounts;

    @Inject
    PushedRequests pushedRequests;

    @EJB
    ClientRegistry clients;

    /**
     * @param browserBinding the browser's login cookie, if it has one: a login started here is bound to it (or to a fresh
     *                       value the step hands back for the cookie), and only that browser can continue it
     */
    public AuthorizationStep authorize(String query, Optional<LoginSession> session, String browserBinding) {
        Map<String, List<String>> parameters = URLUtils.parseParameters(query);
        String clientId = MultivaluedMapUtils.getFirstValue(parameters, "client_id");
        String requestUri = MultivaluedMapUtils.getFirstValue(parameters, "request_uri");
        String request = query;
        if (requestUri != null) {
            // RFC 9126 §4: the pushed request stands for the whole request; what else the query says does not count
            request = pushedRequests.redeem(requestUri, clientId).orElse(null);
            if (request == null) {
                return new AuthorizationStep.ShowError("This login link was used already, has expired or belongs to another application. "
                        + "Start again from the application.");
            }
        } else if (clients.find(clientId).filter(OAuthClient::requiresPushedRequests).isPresent()) {
            return new AuthorizationStep.ShowError("This application must push its authorization requests first (RFC 9126); "
                    + "a request without request_uri is refused.");
        }
        return decide(request, session, null,
                browserBinding == null || browserBinding.isBlank() ? DeviceLoginService.randomId() : browserBinding);
    }

    /** Continues a pending request after the person logged in or consented in this browser. */
    public AuthorizationStep resume(String pendingId, Optional<LoginSession> session, String browserBinding) {
        return pendingLogins.findBoundTo(pendingId, browserBinding).map(p -> decide(p.query(), session, p, browserBinding))
                .orElseGet(() -> new AuthorizationStep.ShowError("This login took too long, was finished already or was started in another browser. Start again from the application."));
    }

    /** The person answered the consent page; an allowance resumes the request. */
    public AuthorizationStep consent(String pendingId, String formToken, boolean allow, Optional<LoginSession> session,
                                     String browserBinding) {
        PendingLogin pending = pendingLogins.findBoundTo(pendingId, browserBinding).orElse(null);
        return consents.answer(pending, formToken, allow, session).orElseGet(() -> resume(pendingId, session, browserBinding));
    }

    public Optional<LoginSession> session(String sid) {
        return sessions.find(sid);
    }

    private AuthorizationStep decide(String query, Optional<LoginSession> session, PendingLogin pending, String binding) {
        AuthorizationRequestCheck.Outcome checked = requestCheck.check(query);
        if (checked instanceof AuthorizationRequestCheck.Refused refused) {
            return refused.step();
        }
        AuthorizationRequestCheck.Valid valid = (AuthorizationRequestCheck.Valid) checked;
        AuthenticationRequest request = valid.request();
        OAuthClient client = valid.client();
        Prompt prompt = valid.prompt();
        Optional<LoginSession> usable = session.filter(s -> pending != null && s.sid().equals(pending.freshSession())
                || !prompt.contains(Prompt.Type.LOGIN) && withinMaxAge(s, request.getMaxAge()));
        Optional<Account> signedIn = usable.flatMap(s -> accounts.find(s.accountId()));
        if (signedIn.filter(LockedAccountCheck::locked).isPresent()) {
            return AuthorizationRequestCheck.error(request, OAuth2Error.ACCESS_DENIED, LockedAccountCheck.DESCRIPTION);
        }
        Optional<Account> account = signedIn.filter(a -> a.status() == AccountStatus.ACTIVE);
        if (account.isEmpty()) {
            if (prompt.contains(Prompt.Type.NONE)) {
                return AuthorizationRequestCheck.error(request, OIDCError.LOGIN_REQUIRED, "The person is not logged in.");
            }
            PendingLogin waiting = pending != null ? pending
                    : new PendingLogin(DeviceLoginService.randomId(), query, client.clientId(), null, null, DeviceLoginService.randomId(),
                    null, null, Sha256.hex(binding));
            pendingLogins.save(waiting);
            return new AuthorizationStep.ShowLogin(waiting.id(), client.name(), binding);
        }
        if (!account.get().kycLevel().satisfies(valid.requiredLevel())) {
            return AuthorizationRequestCheck.error(request, OIDCError.UNMET_AUTHENTICATION_REQUIREMENTS,
                    "The person's identity is verified to " + account.get().kycLevel() + ", the client requires " + valid.requiredLevel() + ".");
        }
        if (consents.needed(client, account.get().id(), valid.scopes(), prompt)) {
            if (prompt.contains(Prompt.Type.NONE)) {
                return AuthorizationRequestCheck.error(request, OIDCError.CONSENT_REQUIRED, "The person has not allowed this client yet.");
            }
            PendingLogin waiting = pending != null ? pending
                    : new PendingLogin(DeviceLoginService.randomId(), query, client.clientId(), null, null, DeviceLoginService.randomId(),
                    usable.get().sid(), null, Sha256.hex(binding));
            pendingLogins.save(waiting);
            return new AuthorizationStep.ShowConsent(waiting.id(), client.name(), valid.scopes(), waiting.formToken(), binding);
        }
        if (pending != null) {
            pendingLogins.remove(pending.id());
        }
        return issueCode(request, client, usable.get(), String.join(" ", valid.scopes()));
    }

    private AuthorizationStep issueCode(AuthenticationRequest request, OAuthClient client, LoginSession session, String scope) {
        AuthorizationCode code = new AuthorizationCode(32);
        String challenge = request.getCodeChallenge() == null ? null : request.getCodeChallenge().getValue();
        String nonce = request.getNonce() == null ? null : request.getNonce().getValue();
        Duration lifetime = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("vigil.oidc.code-lifetime-seconds", Integer.class).map(Duration::ofSeconds).orElse(CODE_LIFETIME);
        // RFC 9449 §10: a key named by dpop_jkt (set by /oidc/par from the pushed request's proof, or sent by the client)
        String dpopJkt = request.getDPoPJWKThumbprintConfirmation() == null ? null
                : request.getDPoPJWKThumbprintConfirmation().getValue().toString();
        codes.store(code.getValue(), new IssuedCode(client.clientId(), request.getRedirectionURI().toString(), scope, nonce, challenge, session,
                dpopJkt), lifetime);
        // the client takes part in the session now: it is told when the session ends (Back-Channel Logout)
        sessions.joined(session, client.clientId());
        AuthenticationSuccessResponse response = new AuthenticationSuccessResponse(request.getRedirectionURI(), code, null, null,
                request.getState(), null, null);
        return new AuthorizationStep.Redirect(response.toURI());
    }

    private static boolean withinMaxAge(LoginSession session, int maxAge) {
        return maxAge < 0 || !session.authTime().plusSeconds(maxAge).isBefore(Instant.now());
    }
}
