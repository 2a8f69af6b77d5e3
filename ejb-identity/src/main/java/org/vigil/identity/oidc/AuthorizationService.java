package org.vigil.identity.oidc;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.OIDCError;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.ACR;

import org.vigil.identity.application.ApprovalOutcome;
import org.vigil.identity.application.ApprovalService;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.application.PendingApproval;
import org.vigil.identity.application.RateLimit;
import org.vigil.identity.application.RateLimitedException;
import org.vigil.identity.application.RateLimiter;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AccountStatus;
import org.vigil.identity.domain.ApprovalRequest;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.AuthenticatorRepository;
import org.vigil.identity.domain.ContactDetails;
import org.vigil.identity.domain.KycLevel;
import org.vigil.identity.domain.Sha256;

/**
 * The authorization endpoint's decisions (OpenID Connect Core 3.1.2): check the request, decide
 * whether the person must log in or consent, and issue the single-use code.
 */
@Stateless
public class AuthorizationService {

    /** How long a code can be redeemed; {@code vigil.oidc.code-lifetime-seconds} changes it. */
    public static final Duration CODE_LIFETIME = Duration.ofSeconds(60);
    public static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);
    public static final Duration SESSION_LIFETIME = Duration.ofHours(8);
    public static final Duration LOGIN_APPROVAL_LIFETIME = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where a login by device approval stands. */
    public enum LoginStatus { PENDING, APPROVED, DENIED, EXPIRED }

    @EJB
    ClientRegistry clients;

    @EJB
    ApprovalService approvals;

    @EJB
    AuditTrail audit;

    @Inject
    ProtocolState state;

    @Inject
    AccountRepository accounts;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    RateLimiter limiter;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /**
     * @param browserBinding the browser's login cookie, if it has one: a login started here is bound to it (or to a fresh
     *                       value the step hands back for the cookie), and only that browser can continue it
     */
    public AuthorizationStep authorize(String query, Optional<LoginSession> session, String browserBinding) {
        return decide(query, session, null, browserBinding == null || browserBinding.isBlank() ? randomId() : browserBinding);
    }

    /** Continues a pending request after the person logged in or consented in this browser. */
    public AuthorizationStep resume(String pendingId, Optional<LoginSession> session, String browserBinding) {
        return pending(pendingId, browserBinding).map(p -> decide(p.query(), session, p, browserBinding))
                .orElseGet(() -> new AuthorizationStep.ShowError("This login took too long, was finished already or was started in another browser. Start again from the application."));
    }

    private AuthorizationStep decide(String query, Optional<LoginSession> session, PendingAuthorization pending, String binding) {
        AuthenticationRequest request;
        try {
            request = AuthenticationRequest.parse(URI.create("https://vigil/authorize?" + (query == null ? "" : query)));
        } catch (ParseException e) {
            return errorFromUnparsable(e);
        }
        Optional<OAuthClient> found = clients.find(request.getClientID().getValue());
        if (found.isEmpty()) {
            return new AuthorizationStep.ShowError("Unknown application (client_id).");
        }
        OAuthClient client = found.get();
        if (request.getRedirectionURI() == null || !client.redirectUris().contains(request.getRedirectionURI().toString())) {
            return new AuthorizationStep.ShowError("The application's redirect_uri is not registered for it.");
        }
        if (!new ResponseType("code").equals(request.getResponseType())) {
            return error(request, OAuth2Error.UNSUPPORTED_RESPONSE_TYPE, "Only response_type=code is supported.");
        }
        if (!client.grantTypes().contains("authorization_code")) {
            return error(request, OAuth2Error.UNAUTHORIZED_CLIENT, "This client may not use the authorization code flow.");
        }
        Set<String> scopes = new LinkedHashSet<>(request.getScope().toStringList());
        if (!client.scopes().containsAll(scopes)) {
            return error(request, OAuth2Error.INVALID_SCOPE, "Scopes not allowed for this client.");
        }
        if (request.getCodeChallenge() != null && !CodeChallengeMethod.S256.equals(request.getCodeChallengeMethod())) {
            return error(request, OAuth2Error.INVALID_REQUEST, "code_challenge_method must be S256.");
        }
        if (client.isPublic() && request.getCodeChallenge() == null) {
            return error(request, OAuth2Error.INVALID_REQUEST, "PKCE (S256) is required for public clients.");
        }
        Optional<KycLevel> required = requiredLevel(request);
        if (required.isEmpty()) {
            return error(request, OAuth2Error.INVALID_REQUEST, "None of the acr_values is supported.");
        }
        Prompt prompt = request.getPrompt() == null ? new Prompt() : request.getPrompt();
        Optional<LoginSession> usable = session.filter(s -> pending != null && s.sid().equals(pending.freshSession())
                || !prompt.contains(Prompt.Type.LOGIN) && withinMaxAge(s, request.getMaxAge()));
        Optional<Account> signedIn = usable.flatMap(s -> accounts.find(s.accountId()));
        if (signedIn.filter(LockedAccountCheck::locked).isPresent()) {
            return error(request, OAuth2Error.ACCESS_DENIED, LockedAccountCheck.DESCRIPTION);
        }
        Optional<Account> account = signedIn.filter(a -> a.status() == AccountStatus.ACTIVE);
        if (account.isEmpty()) {
            if (prompt.contains(Prompt.Type.NONE)) {
                return error(request, OIDCError.LOGIN_REQUIRED, "The person is not logged in.");
            }
            PendingAuthorization waiting = pending != null ? pending
                    : new PendingAuthorization(randomId(), query, client.clientId(), null, null, randomId(), null, null, Sha256.hex(binding));
            state.put("pending:" + waiting.id(), waiting, PENDING_LIFETIME);
            return new AuthorizationStep.ShowLogin(waiting.id(), client.name(), binding);
        }
        if (!account.get().kycLevel().satisfies(required.get())) {
            return error(request, OIDCError.UNMET_AUTHENTICATION_REQUIREMENTS,
                    "The person's identity is verified to " + account.get().kycLevel() + ", the client requires " + required.get() + ".");
        }
        if (needsConsent(client, account.get(), scopes, prompt)) {
            if (prompt.contains(Prompt.Type.NONE)) {
                return error(request, OIDCError.CONSENT_REQUIRED, "The person has not allowed this client yet.");
            }
            PendingAuthorization waiting = pending != null ? pending
                    : new PendingAuthorization(randomId(), query, client.clientId(), null, null, randomId(), usable.get().sid(), null,
                    Sha256.hex(binding));
            state.put("pending:" + waiting.id(), waiting, PENDING_LIFETIME);
            return new AuthorizationStep.ShowConsent(waiting.id(), client.name(), scopes, waiting.formToken(), binding);
        }
        if (pending != null) {
            state.remove("pending:" + pending.id());
        }
        return issueCode(request, client, usable.get(), String.join(" ", scopes));
    }

    /**
     * The person named themselves on the login page: ask their devices to approve. Throttled per name (known or not, so
     * the limit tells nobody who has an account) and per address, so nobody can flood a person's phone with requests
     * hoping for a tired approval.
     */
    public String startDeviceLogin(String pendingId, String login, String clientAddress, String browserBinding) {
        PendingAuthorization pending = pending(pendingId, browserBinding).orElseThrow(AuthorizationService::loginGone);
        throttle(RateLimit.DEVICE_LOGINS_PER_ADDRESS, String.valueOf(clientAddress));
        throttle(RateLimit.DEVICE_LOGINS_PER_PERSON, loginKey(login));
        String matchingCode = matchingCode();
        OAuthClient client = clients.find(pending.clientId()).orElseThrow(AuthorizationService::loginGone);
        Optional<Account> account = findByLogin(login).filter(a -> a.status() != AccountStatus.PENDING)
                .filter(a -> !authenticators.activeOf(a.id()).isEmpty());
        UUID approvalId = account.map(a -> approvals.request(a.id(), ApprovalRequest.Kind.LOGIN,
                "Log in to " + client.name() + " - code " + matchingCode, client.name(), LOGIN_APPROVAL_LIFETIME).requestId()).orElse(null);
        // an unknown person sees the same page and simply never gets approved: the page reveals no accounts
        state.put("pending:" + pending.id(), pending.withApproval(approvalId, matchingCode), PENDING_LIFETIME);
        audit.record("anonymous", "oidc.login-requested", account.map(a -> "account:" + a.id()).orElse("unknown"),
                AuditEvent.Outcome.SUCCESS, clientAddress, "client " + client.clientId());
        return matchingCode;
    }

    /**
     * What the login page's QR code says: the URL an enrolled authenticator posts to (with its
     * device assertion) to take this login over; made once per pending login.
     */
    public String qrLoginUrl(String pendingId, String issuerUrl, String browserBinding) {
        PendingAuthorization pending = pending(pendingId, browserBinding).orElseThrow(AuthorizationService::loginGone);
        if (pending.qrToken() == null) {
            pending = pending.withQrToken(randomId());
            state.put("pending:" + pending.id(), pending, PENDING_LIFETIME);
            state.put("qr:" + pending.qrToken(), pending.id(), PENDING_LIFETIME);
        }
        return issuerUrl + "/api/v1/authenticators/qr-logins/" + pending.qrToken();
    }

    /**
     * An authenticator scanned a login page's QR code: the login becomes an approval request to
     * that device's person, with the matching code the page then shows. A QR code is claimed once.
     */
    public Optional<PendingApproval> claimQrLogin(String qrToken, DevicePrincipal device, String clientAddress) {
        Optional<PendingAuthorization> claimed = state.take("qr:" + qrToken, String.class).flatMap(this::pending)
                .filter(p -> p.approvalId() == null);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        PendingAuthorization pending = claimed.get();
        OAuthClient client = clients.find(pending.clientId()).orElseThrow(AuthorizationService::loginGone);
        String matchingCode = matchingCode();
        ApprovalOutcome created = approvals.request(device.accountId(), ApprovalRequest.Kind.LOGIN,
                "Log in to " + client.name() + " - code " + matchingCode, client.name(), LOGIN_APPROVAL_LIFETIME);
        state.put("pending:" + pending.id(), pending.withApproval(created.requestId(), matchingCode), PENDING_LIFETIME);
        audit.record(device.auditName(), "oidc.qr-login-claimed", "account:" + device.accountId(), AuditEvent.Outcome.SUCCESS,
                clientAddress, "client " + client.clientId());
        return approvals.pending(device).stream().filter(p -> p.id().equals(created.requestId())).findFirst();
    }

    /**
     * Where the device approval stands; an approval opens a login session for this browser, handed over once (the answer
     * that carries it is the only one; later ones say "approved" without it).
     */
    public LoginResult loginStatus(String pendingId, String browserBinding) {
        PendingAuthorization pending = pending(pendingId, browserBinding).orElse(null);
        if (pending == null) {
            return new LoginResult(LoginStatus.EXPIRED, null, null);
        }
        if (pending.freshSession() != null) {
            return new LoginResult(LoginStatus.APPROVED, null, pending.matchingCode());
        }
        if (pending.approvalId() == null) {
            return new LoginResult(LoginStatus.PENDING, null, null);
        }
        ApprovalOutcome outcome = approvals.outcome(pending.approvalId());
        if (outcome.pending()) {
            return new LoginResult(LoginStatus.PENDING, null, pending.matchingCode());
        }
        if (!outcome.approved()) {
            return new LoginResult("DENIED".equals(outcome.status()) ? LoginStatus.DENIED : LoginStatus.EXPIRED, null, null);
        }
        Account account = accounts.find(outcome.accountId()).orElseThrow();
        LoginSession session = new LoginSession(randomId(), account.id(), outcome.decidedAt(),
                account.kycLevel().acr().orElse(null), List.of("swk"));
        state.put("session:" + session.sid(), session, SESSION_LIFETIME);
        state.put("pending:" + pending.id(), pending.withFreshSession(session.sid()), PENDING_LIFETIME);
        audit.record("account:" + account.id(), "oidc.login", "account:" + account.id(), AuditEvent.Outcome.SUCCESS, null,
                "approval " + outcome.requestId() + " by authenticator " + outcome.authenticatorId());
        return new LoginResult(LoginStatus.APPROVED, session.sid(), pending.matchingCode());
    }

    /**
     * A login's status; once approved, the session to set in the browser's cookie; once a device
     * was asked, the code the page shows next to it.
     */
    public record LoginResult(LoginStatus status, String sessionId, String matchingCode) {
    }

    /** The person answered the consent page. */
    public AuthorizationStep consent(String pendingId, String formToken, boolean allow, Optional<LoginSession> session,
                                     String browserBinding) {
        PendingAuthorization pending = pending(pendingId, browserBinding).orElse(null);
        if (pending == null || session.isEmpty() || !Sha256.sameHex(Sha256.hex(pending.formToken()), Sha256.hex(String.valueOf(formToken)))) {
            return new AuthorizationStep.ShowError("This consent form is no longer valid. Start again from the application.");
        }
        AuthenticationRequest request;
        try {
            request = AuthenticationRequest.parse(URI.create("https://vigil/authorize?" + pending.query()));
        } catch (ParseException e) {
            return new AuthorizationStep.ShowError("The request is no longer valid.");
        }
        UUID accountId = session.get().accountId();
        Set<String> scopes = new LinkedHashSet<>(request.getScope().toStringList());
        if (!allow) {
            state.remove("pending:" + pendingId);
            audit.record("account:" + accountId, "oidc.consent-refused", "client:" + pending.clientId(), AuditEvent.Outcome.SUCCESS, null, null);
            return error(request, OAuth2Error.ACCESS_DENIED, "The person did not allow this client.");
        }
        Consent consent = em.find(Consent.class, new Consent.Key(accountId, pending.clientId()));
        if (consent == null) {
            em.persist(new Consent(accountId, pending.clientId(), scopes, Instant.now()));
        } else {
            consent.extend(scopes, Instant.now());
        }
        audit.record("account:" + accountId, "oidc.consent", "client:" + pending.clientId(), AuditEvent.Outcome.SUCCESS, null,
                String.join(" ", scopes));
        return resume(pendingId, session, browserBinding);
    }

    public Optional<LoginSession> session(String sid) {
        return sid == null ? Optional.empty() : state.get("session:" + sid, LoginSession.class);
    }

    public void endSession(String sid) {
        state.remove("session:" + sid);
    }

    private AuthorizationStep issueCode(AuthenticationRequest request, OAuthClient client, LoginSession session, String scope) {
        AuthorizationCode code = new AuthorizationCode(32);
        String challenge = request.getCodeChallenge() == null ? null : request.getCodeChallenge().getValue();
        String nonce = request.getNonce() == null ? null : request.getNonce().getValue();
        Duration lifetime = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("vigil.oidc.code-lifetime-seconds", Integer.class).map(Duration::ofSeconds).orElse(CODE_LIFETIME);
        state.put("code:" + Sha256.hex(code.getValue()), new AuthorizationGrant(client.clientId(),
                request.getRedirectionURI().toString(), scope, nonce, challenge, session), lifetime);
        AuthenticationSuccessResponse response = new AuthenticationSuccessResponse(request.getRedirectionURI(), code, null, null,
                request.getState(), null, null);
        return new AuthorizationStep.Redirect(response.toURI());
    }

    private boolean needsConsent(OAuthClient client, Account account, Set<String> scopes, Prompt prompt) {
        // prompt=consent asks for the page even where Vigil would not show it (first-party clients)
        if (prompt.contains(Prompt.Type.CONSENT)) {
            return true;
        }
        if (client.isFirstParty()) {
            return false;
        }
        Consent consent = em.find(Consent.class, new Consent.Key(account.id(), client.clientId()));
        return consent == null || !consent.scopes().containsAll(scopes);
    }

    private Optional<Account> findByLogin(String login) {
        if (login == null) {
            return Optional.empty();
        }
        try {
            return login.contains("@") ? accounts.byEmail(ContactDetails.email(login)) : accounts.byPhone(ContactDetails.phone(login));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<PendingAuthorization> pending(String id) {
        return id == null ? Optional.empty() : state.get("pending:" + id, PendingAuthorization.class);
    }

    /** The pending login, if this browser started it. */
    private Optional<PendingAuthorization> pending(String id, String browserBinding) {
        return pending(id).filter(p -> p.boundTo(browserBinding));
    }

    private void throttle(RateLimit limit, String key) {
        try {
            limiter.acquire(limit, key);
        } catch (RateLimitedException e) {
            throw OAuthException.slowDown("Too many " + limit.what() + ". Try again later.", e.retryAfter());
        }
    }

    /** What the throttle counts a login name under: the account's normal form where it is one, else the text itself. */
    private static String loginKey(String login) {
        try {
            return login.contains("@") ? ContactDetails.email(login) : ContactDetails.phone(login);
        } catch (IllegalArgumentException e) {
            return login.strip().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Six digits: the page and the device show the same one, and a person approving by habit matches it by luck once in a million. */
    private static String matchingCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** The lowest level any of the acr_values names; NONE when the client names none. */
    private static Optional<KycLevel> requiredLevel(AuthenticationRequest request) {
        List<ACR> acrs = request.getACRValues();
        if (acrs == null || acrs.isEmpty()) {
            return Optional.of(KycLevel.NONE);
        }
        return acrs.stream().map(a -> KycLevel.ofAcr(a.getValue())).flatMap(Optional::stream).min(Enum::compareTo);
    }

    private static boolean withinMaxAge(LoginSession session, int maxAge) {
        return maxAge < 0 || !session.authTime().plusSeconds(maxAge).isBefore(Instant.now());
    }

    private static AuthorizationStep error(AuthenticationRequest request, ErrorObject error, String description) {
        return new AuthorizationStep.Redirect(new AuthenticationErrorResponse(request.getRedirectionURI(), error.setDescription(description),
                request.getState(), null).toURI());
    }

    private AuthorizationStep errorFromUnparsable(ParseException e) {
        if (e.getRedirectionURI() != null && e.getClientID() != null) {
            Optional<OAuthClient> client = clients.find(e.getClientID().getValue());
            if (client.isPresent() && client.get().redirectUris().contains(e.getRedirectionURI().toString())) {
                ErrorObject error = e.getErrorObject() == null ? OAuth2Error.INVALID_REQUEST : e.getErrorObject();
                return new AuthorizationStep.Redirect(new AuthenticationErrorResponse(e.getRedirectionURI(), error,
                        e.getState() == null ? null : new State(e.getState().getValue()), null).toURI());
            }
        }
        return new AuthorizationStep.ShowError("The authorization request is malformed: " + e.getMessage());
    }

    /** The login page outlived its request (or its client): an application error, never a 500. */
    private static OAuthException loginGone() {
        return new OAuthException(OAuth2Error.INVALID_REQUEST, "This login has expired. Start again from the application.");
    }

    private static String randomId() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
