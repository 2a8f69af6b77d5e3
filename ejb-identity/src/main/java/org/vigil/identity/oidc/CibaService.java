package org.vigil.identity.oidc;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ciba.AuthRequestID;
import com.nimbusds.oauth2.sdk.ciba.CIBAError;
import com.nimbusds.oauth2.sdk.ciba.CIBARequest;
import com.nimbusds.oauth2.sdk.ciba.CIBARequestAcknowledgement;
import com.nimbusds.oauth2.sdk.device.DeviceAuthorizationGrantError;
import com.nimbusds.openid.connect.sdk.claims.ACR;

import org.vigil.identity.application.ApprovalOutcome;
import org.vigil.identity.application.ApprovalService;
import org.vigil.identity.application.AuditTrail;
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
 * Client Initiated Backchannel Authentication (OpenID Connect CIBA Core 1.0), poll mode: a
 * client names a person; the person approves on their authenticator; the client polls the token
 * endpoint until the decision, and redeems it once.
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

    @EJB
    ClientRegistry clients;

    @EJB
    ApprovalService approvals;

    @EJB
    AuditTrail audit;

    @Inject
    AccountRepository accounts;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    ProtocolState state;

    public CIBARequestAcknowledgement authenticate(CIBARequest request, String endpoint) {
        OAuthClient client = clients.authenticate(request.getClientAuthentication(), null, endpoint);
        if (!client.grantTypes().contains(GRANT_TYPE)) {
            throw new OAuthException(OAuth2Error.UNAUTHORIZED_CLIENT, "This client may not use CIBA.");
        }
        if (request.getScope() == null || !request.getScope().contains("openid")) {
            throw new OAuthException(OAuth2Error.INVALID_SCOPE, "CIBA requests must ask for the openid scope.");
        }
        if (!client.scopes().containsAll(request.getScope().toStringList())) {
            throw new OAuthException(OAuth2Error.INVALID_SCOPE, "Scopes not allowed for this client.");
        }
        if (request.getLoginHint() == null) {
            throw new OAuthException(OAuth2Error.INVALID_REQUEST, "Vigil takes login_hint (email, phone or subject).");
        }
        String bindingMessage = request.getBindingMessage() == null ? "Log in to " + client.name() : request.getBindingMessage();
        if (!BINDING_MESSAGE.matcher(bindingMessage).matches()) {
            throw new OAuthException(CIBAError.INVALID_BINDING_MESSAGE, "binding_message must be 1 to 64 printable characters.");
        }
        Account account = byHint(request.getLoginHint()).filter(a -> a.status() == AccountStatus.ACTIVE)
                .filter(a -> !authenticators.activeOf(a.id()).isEmpty())
                .orElseThrow(() -> new OAuthException(CIBAError.UNKNOWN_USER_ID, "No person with an authenticator matches login_hint."));
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
        state.put(key(authReqId), new CibaRequestState(client.clientId(), approval.requestId(), account.id(),
                request.getScope().toString(), now.plusSeconds(expiry), MIN_INTERVAL_SECONDS, Instant.EPOCH),
                Duration.ofSeconds(expiry).plusMinutes(5));
        audit.record("client:" + client.clientId(), "ciba.request", "account:" + account.id(), AuditEvent.Outcome.SUCCESS, null, bindingMessage);
        return new CIBARequestAcknowledgement(new AuthRequestID(authReqId), expiry, MIN_INTERVAL_SECONDS);
    }

    /** What an approved request grants, once; the errors CIBA names until then. */
    public record Granted(LoginSession session, String scope) {
    }

    public Granted redeem(OAuthClient client, String authReqId) {
        String key = key(authReqId);
        CibaRequestState request = state.get(key, CibaRequestState.class)
                .filter(r -> r.clientId().equals(client.clientId()))
                .orElseThrow(() -> new OAuthException(OAuth2Error.INVALID_GRANT, "Unknown or redeemed auth_req_id."));
        Instant now = Instant.now();
        if (!now.isBefore(request.expiresAt())) {
            state.remove(key);
            throw new OAuthException(DeviceAuthorizationGrantError.EXPIRED_TOKEN, "The request expired before it was approved.");
        }
        if (request.lastPoll().plusSeconds(request.intervalSeconds()).isAfter(now)) {
            state.put(key, request.polledAt(now, request.intervalSeconds() + 5), Duration.between(now, request.expiresAt()).plusMinutes(5));
            throw new OAuthException(DeviceAuthorizationGrantError.SLOW_DOWN, "Poll at most every " + request.intervalSeconds() + " seconds.");
        }
        ApprovalOutcome outcome = approvals.outcome(request.approvalId());
        if (outcome.pending()) {
            state.put(key, request.polledAt(now, request.intervalSeconds()), Duration.between(now, request.expiresAt()).plusMinutes(5));
            throw new OAuthException(DeviceAuthorizationGrantError.AUTHORIZATION_PENDING, "The person has not decided yet.");
        }
        state.remove(key);
        if (!outcome.approved()) {
            throw "DENIED".equals(outcome.status())
                    ? new OAuthException(OAuth2Error.ACCESS_DENIED, "The person denied the request.")
                    : new OAuthException(DeviceAuthorizationGrantError.EXPIRED_TOKEN, "The request expired before it was approved.");
        }
        Account account = accounts.find(outcome.accountId()).orElseThrow();
        LoginSession session = new LoginSession(randomSid(), account.id(), outcome.decidedAt(), account.kycLevel().acr().orElse(null),
                List.of("swk"));
        audit.record("client:" + client.clientId(), "ciba.redeemed", "account:" + account.id(), AuditEvent.Outcome.SUCCESS, null, request.scope());
        return new Granted(session, request.scope());
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

    private static String key(String authReqId) {
        return "ciba:" + Sha256.hex(authReqId == null ? "" : authReqId);
    }

    private static String randomSid() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
