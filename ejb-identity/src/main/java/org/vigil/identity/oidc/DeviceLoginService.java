package org.vigil.identity.oidc;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.OAuth2Error;

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
import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.domain.OAuthClient;

/**
 * The hosted login page's way in: the person names themselves and approves on their authenticator, or scans the page's
 * QR code with it; either way the page and the device show the same matching code, and an approval opens a login
 * session for the browser that started the login.
 */
@Stateless
public class DeviceLoginService {

    public static final Duration LOGIN_APPROVAL_LIFETIME = Duration.ofMinutes(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Where a login by device approval stands. */
    public enum LoginStatus { PENDING, APPROVED, DENIED, EXPIRED }

    /**
     * A login's status; once approved, the session to set in the browser's cookie; once a device
     * was asked, the code the page shows next to it.
     */
    public record LoginResult(LoginStatus status, String sessionId, String matchingCode) {
    }

    @EJB
    ClientRegistry clients;

    @EJB
    ApprovalService approvals;

    @EJB
    AuditTrail audit;

    @Inject
    PendingLogins pendingLogins;

    @Inject
    LoginSessions sessions;

    @Inject
    AccountRepository accounts;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    RateLimiter limiter;

    /**
     * The person named themselves on the login page: ask their devices to approve. Throttled per name (known or not, so
     * the limit tells nobody who has an account) and per address, so nobody can flood a person's phone with requests
     * hoping for a tired approval.
     */
    public String startDeviceLogin(String pendingId, String login, String clientAddress, String browserBinding) {
        PendingLogin pending = pendingLogins.findBoundTo(pendingId, browserBinding).orElseThrow(DeviceLoginService::loginGone);
        throttle(RateLimit.DEVICE_LOGINS_PER_ADDRESS, String.valueOf(clientAddress));
        throttle(RateLimit.DEVICE_LOGINS_PER_PERSON, loginKey(login));
        String matchingCode = matchingCode();
        OAuthClient client = clients.find(pending.clientId()).orElseThrow(DeviceLoginService::loginGone);
        Optional<Account> account = findByLogin(login).filter(a -> a.status() != AccountStatus.PENDING)
                .filter(a -> !authenticators.activeOf(a.id()).isEmpty());
        UUID approvalId = account.map(a -> approvals.request(a.id(), ApprovalRequest.Kind.LOGIN,
                "Log in to " + client.name() + " - code " + matchingCode, client.name(), LOGIN_APPROVAL_LIFETIME).requestId()).orElse(null);
        // an unknown person sees the same page and simply never gets approved: the page reveals no accounts
        pendingLogins.save(pending.withApproval(approvalId, matchingCode));
        audit.record("anonymous", "oidc.login-requested", account.map(a -> "account:" + a.id()).orElse("unknown"),
                AuditEvent.Outcome.SUCCESS, clientAddress, "client " + client.clientId());
        return matchingCode;
    }

    /**
     * What the login page's QR code says: the URL an enrolled authenticator posts to (with its
     * device assertion) to take this login over; made once per pending login.
     */
    public String qrLoginUrl(String pendingId, String issuerUrl, String browserBinding) {
        PendingLogin pending = pendingLogins.findBoundTo(pendingId, browserBinding).orElseThrow(DeviceLoginService::loginGone);
        if (pending.qrToken() == null) {
            pending = pending.withQrToken(randomId());
            pendingLogins.save(pending);
            pendingLogins.linkQrToken(pending.qrToken(), pending.id());
        }
        return issuerUrl + "/api/v1/authenticators/qr-logins/" + pending.qrToken();
    }

    /**
     * An authenticator scanned a login page's QR code: the login becomes an approval request to
     * that device's person, with the matching code the page then shows. A QR code is claimed once.
     */
    public Optional<PendingApproval> claimQrLogin(String qrToken, DevicePrincipal device, String clientAddress) {
        Optional<PendingLogin> claimed = pendingLogins.claimByQrToken(qrToken).filter(p -> p.approvalId() == null);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        PendingLogin pending = claimed.get();
        OAuthClient client = clients.find(pending.clientId()).orElseThrow(DeviceLoginService::loginGone);
        String matchingCode = matchingCode();
        ApprovalOutcome created = approvals.request(device.accountId(), ApprovalRequest.Kind.LOGIN,
                "Log in to " + client.name() + " - code " + matchingCode, client.name(), LOGIN_APPROVAL_LIFETIME);
        pendingLogins.save(pending.withApproval(created.requestId(), matchingCode));
        audit.record(device.auditName(), "oidc.qr-login-claimed", "account:" + device.accountId(), AuditEvent.Outcome.SUCCESS,
                clientAddress, "client " + client.clientId());
        return approvals.pending(device).stream().filter(p -> p.id().equals(created.requestId())).findFirst();
    }

    /**
     * Where the device approval stands; an approval opens a login session for this browser, handed over once (the answer
     * that carries it is the only one; later ones say "approved" without it).
     */
    public LoginResult loginStatus(String pendingId, String browserBinding) {
        PendingLogin pending = pendingLogins.findBoundTo(pendingId, browserBinding).orElse(null);
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
        sessions.open(session);
        pendingLogins.save(pending.withFreshSession(session.sid()));
        audit.record("account:" + account.id(), "oidc.login", "account:" + account.id(), AuditEvent.Outcome.SUCCESS, null,
                "approval " + outcome.requestId() + " by authenticator " + outcome.authenticatorId());
        return new LoginResult(LoginStatus.APPROVED, session.sid(), pending.matchingCode());
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

    /** The login page outlived its request (or its client): an application error, never a 500. */
    private static OAuthException loginGone() {
        return new OAuthException(OAuth2Error.INVALID_REQUEST, "This login has expired. Start again from the application.");
    }

    static String randomId() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
