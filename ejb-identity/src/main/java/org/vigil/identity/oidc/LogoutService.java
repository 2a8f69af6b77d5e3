package org.vigil.identity.oidc;

import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.LoginSession;

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): ends the browser's session and
 * every refresh token issued from it, tells the clients logged in through it (Back-Channel Logout 1.0, after the
 * commit, {@link BackChannelLogoutNotifier}); names the pages the browser frames for the clients that asked for
 * Front-Channel Logout 1.0; sends the browser back only to a registered address.
 */
@Stateless
public class LogoutService {

    @EJB
    SigningKeyRing keys;

    @EJB
    ClientRegistry clients;

    @Inject
    LoginSessions sessions;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    IssuerUrl issuer;

    @EJB
    AuditTrail audit;

    @Inject
    Event<LoginSessionEnded> ended;

    /**
     * Where the browser goes next: a registered post-logout address, or nowhere (show a page); {@code frames}, the
     * clients' front-channel logout pages the browser loads first.
     */
    public record Outcome(Optional<URI> redirect, String error, List<URI> frames) {

        Outcome(Optional<URI> redirect, String error) {
            this(redirect, error, List.of());
        }

        Outcome framing(List<URI> pages) {
            return new Outcome(redirect, error, pages);
        }
    }

    public Outcome logout(String sessionCookie, String idTokenHint, String clientIdParameter, String postLogoutRedirectUri, String stateParameter) {
        Optional<JWTClaimsSet> hint = Optional.empty();
        if (idTokenHint != null && !idTokenHint.isBlank()) {
            hint = verifiedHint(idTokenHint);
            if (hint.isEmpty()) {
                return new Outcome(Optional.empty(), "The id_token_hint was not issued by this server.");
            }
        }
        String clientId = hint.map(h -> h.getAudience().get(0)).orElse(clientIdParameter);
        List<URI> frames = List.of();
        String sid = sessionCookie;
        if (sid == null && hint.isPresent()) {
            sid = (String) hint.get().getClaim("sid");
        }
        if (sid != null) {
            Optional<LoginSession> session = sessions.find(sid);
            session.ifPresent(s -> audit.record("account:" + s.accountId(), "oidc.logout",
                    "account:" + s.accountId(), AuditEvent.Outcome.SUCCESS, null, "client " + clientId));
            Set<String> participants = sessions.end(sid);
            frames = frontChannelPages(participants, sid);
            refreshTokens.revokeSession(sid);
            // the clients logged in through this session are told after the commit (BackChannelLogoutNotifier)
            String endedSid = sid;
            session.ifPresent(s -> ended.fire(new LoginSessionEnded(endedSid, s.accountId().toString(), participants)));
        }
        if (postLogoutRedirectUri == null || postLogoutRedirectUri.isBlank()) {
            return new Outcome(Optional.empty(), null).framing(frames);
        }
        boolean registered = clientId != null && clients.find(clientId)
                .map(c -> c.postLogoutRedirectUris().contains(postLogoutRedirectUri)).orElse(false);
        if (!registered) {
            return new Outcome(Optional.empty(), "You are logged out. The application's return address is not registered, so you stay here.")
                    .framing(frames);
        }
        String target = postLogoutRedirectUri + (stateParameter == null ? ""
                : (postLogoutRedirectUri.contains("?") ? "&" : "?") + "state=" + java.net.URLEncoder.encode(stateParameter, java.nio.charset.StandardCharsets.UTF_8));
        return new Outcome(Optional.of(URI.create(target)), null).framing(frames);
    }

    /** Front-Channel Logout 1.0 §3: one page per client of the session that registered one, in a stable order. */
    private List<URI> frontChannelPages(Set<String> participants, String sid) {
        return participants.stream().sorted()
                .flatMap(id -> clients.find(id).stream())
                .filter(c -> c.frontchannelLogoutUri() != null && !c.isDeleted())
                .map(c -> FrontChannelLogouts.frame(c.frontchannelLogoutUri(), c.frontchannelLogoutSessionRequired(), issuer.url(), sid))
                .toList();
    }

    /** An ID token of ours, expired or not: a hint names who logs out, it grants nothing. */
    private Optional<JWTClaimsSet> verifiedHint(String idToken) {
        try {
            SignedJWT jwt = SignedJWT.parse(idToken);
            JWK key = keys.published().getKeyByKeyId(jwt.getHeader().getKeyID());
            boolean valid = key instanceof ECKey ec ? jwt.verify(new ECDSAVerifier(ec))
                    : key instanceof RSAKey rsa && jwt.verify(new RSASSAVerifier(rsa));
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return valid && issuer.url().equals(claims.getIssuer()) && claims.getAudience() != null && !claims.getAudience().isEmpty()
                    ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
