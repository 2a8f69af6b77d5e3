package org.vigil.identity.oidc;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ciba.AuthRequestID;
import com.nimbusds.oauth2.sdk.ciba.BackChannelTokenDeliveryMode;
import com.nimbusds.oauth2.sdk.ciba.CIBAError;
import com.nimbusds.oauth2.sdk.ciba.CIBARequest;
import com.nimbusds.oauth2.sdk.ciba.CIBARequestAcknowledgement;
import com.nimbusds.oauth2.sdk.device.DeviceAuthorizationGrantError;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.openid.connect.sdk.claims.ACR;

import org.vigil.identity.application.ApprovalOutcome;
import org.vigil.identity.application.ApprovalService;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.IssuerUrl;
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
import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.AccountRole;
import org.vigil.identity.domain.Sha256;

/**
 * Client Initiated Backchannel Authentication (OpenID Connect CIBA Core 1.0): a client names a
 * person; the person approves on their authenticator; the client polls the token endpoint
 * ({@code poll}), is told to redeem ({@code ping}), or receives the tokens ({@code push}, see
 * {@link CibaCallbacks}). Tokens are issued once, and only if the person still holds the KYC
 * level asked for and the roles the client is registered to require.
 */
@Stateless
public class CibaService {

    public static final String GRANT_TYPE = "urn:openid:params:grant-type:ciba";
    static final int MIN_INTERVAL_SECONDS = 5;
    private static final int DEFAULT_EXPIRY_SECONDS = 300;
    private static final int MAX_EXPIRY_SECONDS = 600;
    /** What a device can show without tricks: printable, short, no control or bidi characters. */
    private static final Pattern BINDING_MESSAGE = Pattern.compile("[\\p{L}\\p{N}\\p{P}\\p{Zs}\\p{Sm}\\p{Sc}]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * {@code access_denied} as the token endpoint says it: CIBA Core §11 refers to RFC 6749 §5.2, whose errors are HTTP
     * 400 (Nimbus' constant carries the authorization endpoint's 403, which stays right for the backchannel endpoint, §13).
     */
    static final ErrorObject TOKEN_ACCESS_DENIED = new ErrorObject("access_denied", null, 400);

    @EJB
    ClientRegistry clients;

    @EJB
    ApprovalService approvals;

    @EJB
    AuditTrail audit;

    @EJB
    SigningKeyRing keys;

    @Inject
    AccountRepository accounts;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    CibaRequests requests;

    @Inject
    RateLimiter limiter;

    @Inject
    IssuerUrl issuer;

    @Inject
    Event<CibaRequestStarted> started;

    @Inject
    CibaRequestObjects requestObjects;

    @Inject
    ClientKeys clientKeys;

    @EJB
    CibaUserCodes userCodes;

    /** CIBA Core §7: the backchannel authentication request, as it came over HTTP. */
    public CIBARequestAcknowledgement authenticate(HTTPRequest http, String clientAddress) {
        CIBARequest request = parse(http);
        OAuthClient client = clients.authenticate(request.getClientAuthentication(), null, http.getURI().toString(), clientAddress);
        if (!client.grantTypes().contains(GRANT_TYPE)) {
            throw new OAuthException(OAuth2Error.UNAUTHORIZED_CLIENT, "This client may not use CIBA.");
        }
        CibaSettings settings = CibaSettings.of(client);
        request = settings.requestSigningAlg() != null ? requestObjects.content(http, request, client, settings.requestSigningAlg())
                : refuseSigned(request);
        boolean notified = !settings.deliveryMode().equals(BackChannelTokenDeliveryMode.POLL);
        if (notified && request.getClientNotificationToken() == null) {
            throw new OAuthException(OAuth2Error.INVALID_REQUEST, "A " + settings.deliveryMode() + " client must send client_notification_token.");
        }
        if (request.getScope() == null || !request.getScope().contains("openid")) {
            throw new OAuthException(OAuth2Error.INVALID_SCOPE, "CIBA requests must ask for the openid scope.");
        }
        if (!client.scopes().containsAll(request.getScope().toStringList())) {
            throw new OAuthException(OAuth2Error.INVALID_SCOPE, "Scopes not allowed for this client.");
        }
        String bindingMessage = request.getBindingMessage() == null ? "Log in to " + client.name() : request.getBindingMessage();
        if (!BINDING_MESSAGE.matcher(bindingMessage).matches()) {
            throw new OAuthException(CIBAError.INVALID_BINDING_MESSAGE, "binding_message must be 1 to 64 printable characters.");
        }
        Account account = byHint(hintOf(request, client)).map(LockedAccountCheck::refuseLocked).filter(a -> a.status() == AccountStatus.ACTIVE)
                .filter(a -> !authenticators.activeOf(a.id()).isEmpty())
                .orElseThrow(() -> new OAuthException(CIBAError.UNKNOWN_USER_ID, "No person with an authenticator matches the hint."));
        if (settings.userCodeRequired()) {
            userCodes.check(account, request.getUserCode() == null ? null : request.getUserCode().getValue(), client.clientId());
        }
        KycLevel required = requiredLevel(request.getACRValues());
        if (!account.kycLevel().satisfies(required)) {
            throw new OAuthException(OAuth2Error.ACCESS_DENIED, "The person's identity is not verified to the level requested.");
        }
        int expiry = request.getRequestedExpiry() == null ? DEFAULT_EXPIRY_SECONDS
                : Math.max(30, Math.min(MAX_EXPIRY_SECONDS, request.getRequestedExpiry()));
        ApprovalOutcome approval = approvals.request(account.id(), ApprovalRequest.Kind.CIBA, bindingMessage, client.name(),
                Duration.ofSeconds(expiry));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String authReqId = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        Instant expiresAt = now.plusSeconds(expiry);
        Duration kept = Duration.ofSeconds(expiry).plusMinutes(5);
        String mode = settings.deliveryMode().getValue();
        requests.save(authReqId, new CibaRequestState(client.clientId(), approval.requestId(), account.id(),
                request.getScope().toString(), expiresAt, MIN_INTERVAL_SECONDS, Instant.EPOCH, mode, required), kept);
        if (notified) {
            requests.saveCallback(approval.requestId(), new CibaCallback(authReqId, client.clientId(), mode,
                    settings.notificationEndpoint(), request.getClientNotificationToken().getValue(), expiresAt), kept);
            started.fire(new CibaRequestStarted(approval.requestId(), expiresAt));
        }
        audit.record("client:" + client.clientId(), "ciba.request", "account:" + account.id(), AuditEvent.Outcome.SUCCESS, null,
                mode + ": " + bindingMessage);
        return new CIBARequestAcknowledgement(new AuthRequestID(authReqId), expiry, notified ? null : MIN_INTERVAL_SECONDS);
    }

    /** What an approved request grants, once; the errors CIBA names until then. */
    public record Granted(LoginSession session, String scope) {
    }

    /** The token endpoint's side (poll and ping modes). */
    public Granted redeem(OAuthClient client, String authReqId) {
        if (limiter.exhausted(RateLimit.CIBA_UNKNOWN_IDS_PER_CLIENT, client.clientId())) {
            throw throttled();
        }
        Optional<CibaRequestState> found = requests.find(authReqId).filter(r -> r.clientId().equals(client.clientId()));
        if (found.isEmpty()) {
            try {
                limiter.acquire(RateLimit.CIBA_UNKNOWN_IDS_PER_CLIENT, client.clientId());
            } catch (RateLimitedException e) {
                throw throttled();
            }
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "Unknown or redeemed auth_req_id.");
        }
        CibaRequestState request = found.get();
        Instant now = Instant.now();
        ApprovalOutcome[] outcome = new ApprovalOutcome[1];
        CibaStateMachine.Transition transition = CibaStateMachine.poll(request, now, () -> {
            outcome[0] = approvals.outcome(request.approvalId());
            return CibaStateMachine.Decision.of(outcome[0]);
        });
        Duration kept = Duration.between(now, request.expiresAt()).plusMinutes(5);
        if (transition instanceof CibaStateMachine.NotRedeemable) {
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The tokens of a push-mode request go to the client's notification endpoint.");
        }
        if (transition instanceof CibaStateMachine.SlowDown slowDown) {
            requests.save(authReqId, slowDown.next(), kept);
            throw new OAuthException(DeviceAuthorizationGrantError.SLOW_DOWN, "Poll at most every " + request.intervalSeconds() + " seconds.");
        }
        if (transition instanceof CibaStateMachine.Waiting waiting) {
            requests.save(authReqId, waiting.next(), kept);
            throw new OAuthException(DeviceAuthorizationGrantError.AUTHORIZATION_PENDING, "The person has not decided yet.");
        }
        if (transition instanceof CibaStateMachine.Expired) {
            requests.remove(authReqId);
            throw expired();
        }
        // atomic: of two concurrent redemptions, one gets the tokens
        CibaRequestState taken = requests.take(authReqId)
                .orElseThrow(() -> new OAuthException(OAuth2Error.INVALID_GRANT, "Unknown or redeemed auth_req_id."));
        return settled(client, taken, transition, outcome[0]);
    }

    /**
     * The push side ({@link CibaCallbacks}): what the decided request {@code approvalId} grants,
     * taking its state so it is issued once.
     *
     * @throws OAuthException with the error the client is to receive instead
     */
    public Granted issueForPush(OAuthClient client, String authReqId) {
        CibaRequestState request = requests.take(authReqId)
                .filter(r -> r.clientId().equals(client.clientId()))
                .orElseThrow(() -> new OAuthException(DeviceAuthorizationGrantError.EXPIRED_TOKEN, "The request is no longer known."));
        ApprovalOutcome outcome = approvals.outcome(request.approvalId());
        return settled(client, request, CibaStateMachine.settle(CibaStateMachine.Decision.of(outcome)), outcome);
    }

    /** A request taken from the store (so handled once) that ended in {@code transition}. */
    private Granted settled(OAuthClient client, CibaRequestState request, CibaStateMachine.Transition transition, ApprovalOutcome outcome) {
        if (transition instanceof CibaStateMachine.Denied) {
            throw new OAuthException(TOKEN_ACCESS_DENIED, "The person denied the request.");
        }
        if (!(transition instanceof CibaStateMachine.Approved)) {
            throw expired();
        }
        Account account = accounts.find(outcome.accountId()).filter(a -> a.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new OAuthException(TOKEN_ACCESS_DENIED, "The request cannot be granted."));
        Set<String> held = Set.copyOf(account.roles().stream().map(AccountRole::claim).toList());
        Set<String> demanded = client.cibaRequiredRoles();
        if (!held.containsAll(demanded) || !account.kycLevel().satisfies(request.requiredLevel())) {
            // the client learns that it gets nothing, not which of the person's attributes fell short
            audit.recordRefusal("client:" + client.clientId(), "ciba.issue", "account:" + account.id(), null,
                    "the person lacks a required role or KYC level");
            throw new OAuthException(TOKEN_ACCESS_DENIED, "The request cannot be granted to this client.");
        }
        LoginSession session = new LoginSession(randomSid(), account.id(), outcome.decidedAt(), account.kycLevel().acr().orElse(null),
                List.of("swk"));
        audit.record("client:" + client.clientId(), "ciba.issued", "account:" + account.id(), AuditEvent.Outcome.SUCCESS, null,
                request.mode() + ": " + request.scope());
        return new Granted(session, request.scope());
    }

    private static OAuthException expired() {
        return new OAuthException(DeviceAuthorizationGrantError.EXPIRED_TOKEN, "The request expired before it was approved.");
    }

    private CIBARequest parse(HTTPRequest http) {
        try {
            return CIBARequest.parse(http);
        } catch (ParseException e) {
            throw new OAuthException(e.getErrorObject() == null ? OAuth2Error.INVALID_REQUEST : e.getErrorObject(), e.getMessage());
        }
    }

    private static CIBARequest refuseSigned(CIBARequest request) {
        if (request.isSigned()) {
            throw new OAuthException(OAuth2Error.INVALID_REQUEST,
                    "This client is not registered for signed requests (backchannel_authentication_request_signing_alg).");
        }
        return request;
    }

    /** login_hint, id_token_hint or login_hint_token, in login_hint's terms (Nimbus already refused none or several). */
    private String hintOf(CIBARequest request, OAuthClient client) {
        if (request.getIDTokenHint() != null) {
            return IdTokenHintCheck.subject(request.getIDTokenHint(), client.clientId(), keys.published(), issuer.url());
        }
        if (request.getLoginHintToken() != null) {
            return LoginHintTokenCheck.hint(request.getLoginHintToken().getValue(), client.clientId(),
                    clientKeys.forJwt(client, request.getLoginHintToken().getValue()), issuer.url(),
                    Instant.now());
        }
        return request.getLoginHint();
    }

    private static OAuthException throttled() {
        return new OAuthException(new ErrorObject("slow_down", null, 429),
                "Too many unknown auth_req_ids from this client; try again later.");
    }

    private Optional<Account> byHint(String hint) {
        try {
            if (hint.contains("@")) {
                return accounts.byEmail(ContactDetails.email(hint));
            }
            if (hint.startsWith("+") || hint.startsWith("00")) {
                return accounts.byPhone(ContactDetails.phone(hint));
            }
            return accounts.find(java.util.UUID.fromString(hint));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static KycLevel requiredLevel(List<ACR> acrs) {
        if (acrs == null || acrs.isEmpty()) {
            return KycLevel.NONE;
        }
        return acrs.stream().map(a -> KycLevel.ofAcr(a.getValue())).flatMap(Optional::stream).min(Enum::compareTo)
                .orElseThrow(() -> new OAuthException(OAuth2Error.INVALID_REQUEST, "None of the acr_values is supported."));
    }

    private static String randomSid() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
