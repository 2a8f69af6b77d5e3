package org.vigil.identity.oidc;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.claims.AccessTokenHash;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;

import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AccountStatus;
import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.PrivilegedScope;
import org.vigil.identity.domain.AccountRole;

/**
 * What every grant that stems from a person's login ends with: an access token, an ID token when {@code openid} was
 * granted, and a refresh token when the client may refresh. The grants decide whether to issue; this decides what.
 */
@Dependent
public class TokenIssuance {

    private final TokenMinter minter;
    private final RefreshTokens refreshTokens;
    private final AccountRepository accounts;
    private final LaunchContext launch;

    @Inject
    public TokenIssuance(TokenMinter minter, RefreshTokens refreshTokens, AccountRepository accounts, LaunchContext launch) {
        this.minter = minter;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.launch = launch;
    }

    /**
     * @param rotatedRefreshToken the refresh token a refresh made, or null to issue a new one in {@code family}
     * @param pushedAuthReqId     for CIBA push mode (CIBA Core §10.3.1) the auth_req_id, which the ID token then carries
     *                            with at_hash and rt_hash binding it to the tokens; else null
     * @param dpopJkt             the thumbprint of the DPoP key the request proved, or null: the access token is then bound
     *                            to that key ({@code token_type} DPoP), and so is a public client's new refresh token
     */
    public AccessTokenResponse issue(OAuthClient client, LoginSession session, String scope, String nonce, String rotatedRefreshToken,
                                     UUID family, String pushedAuthReqId, String dpopJkt) {
        Account account = activeAccount(session);
        List<String> roles = account.roles().stream().map(AccountRole::claim).sorted().toList();
        // a privileged scope is granted only to a person holding its role; the rest of what was asked stands
        scope = String.join(" ", PrivilegedScope.grantable(List.of(scope.split(" ")), roles));
        // SMART standalone launch: the patient the app reads for is the signed-in person's own record, named in the access
        // token (the FHIR API holds the app to it) and in the token response (SMART App Launch 2.x §token response)
        Map<String, Object> context = new HashMap<>();
        if (launch != null && SmartScopes.launchesPatient(Set.of(scope.split(" ")))) {
            launch.patientOf(account.id()).ifPresent(p -> context.put(SmartScopes.PATIENT_CLAIM, p.toString()));
        }
        String accessToken = minter.accessToken(account.id().toString(), client.clientId(), scope, roles, session, family, dpopJkt, context);
        String refreshToken = rotatedRefreshToken;
        if (refreshToken == null && client.grantTypes().contains("refresh_token")) {
            // a confidential client's refresh token is bound by its authentication already (RFC 9449 §5)
            refreshToken = refreshTokens.issue(family, client.clientId(), session, scope, client.isPublic() ? dpopJkt : null);
        }
        RefreshToken refresh = refreshToken == null ? null : new RefreshToken(refreshToken);
        if (!Set.of(scope.split(" ")).contains("openid")) {
            return new AccessTokenResponse(new Tokens(accessToken(accessToken, scope, dpopJkt), refresh), context);
        }
        JWSAlgorithm alg = JWSAlgorithm.parse(client.idTokenAlg());
        Map<String, Object> extra = new HashMap<>();
        if (pushedAuthReqId != null) {
            extra.put("at_hash", AccessTokenHash.compute(new BearerAccessToken(accessToken), alg, null).getValue());
            if (refresh != null) {
                // rt_hash is computed as at_hash is (CIBA Core §10.3.1)
                extra.put("urn:openid:params:jwt:claim:rt_hash", AccessTokenHash.compute(new BearerAccessToken(refreshToken), alg, null).getValue());
            }
            extra.put("urn:openid:params:jwt:claim:auth_req_id", pushedAuthReqId);
        }
        String idToken = minter.idToken(client.clientId(), session, nonce, alg, accessToken, extra);
        try {
            return new OIDCTokenResponse(new OIDCTokens(JWTParser.parse(idToken), accessToken(accessToken, scope, dpopJkt), refresh), context);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("the ID token just signed does not parse", e);
        }
    }

    /** The login's account, if it may still get tokens. */
    public Account activeAccount(LoginSession session) {
        return accounts.find(session.accountId())
                .filter(a -> a.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new OAuthException(OAuth2Error.INVALID_GRANT, "The account is no longer active."));
    }

    /** The token as the response names it: {@code token_type} Bearer, or DPoP when bound to a key. */
    static AccessToken accessToken(String token, String scope, String dpopJkt) {
        long lifetime = TokenMinter.ACCESS_TOKEN_LIFETIME.toSeconds();
        Scope granted = scope.isEmpty() ? null : Scope.parse(scope);
        return dpopJkt == null ? new BearerAccessToken(token, lifetime, granted) : new DPoPAccessToken(token, lifetime, granted);
    }

    /** The scope asked for, which must lie within what was granted (RFC 6749 §6). */
    static String narrowed(Set<String> granted, Scope requested) {
        Set<String> asked = new LinkedHashSet<>(requested.toStringList());
        if (!granted.containsAll(asked)) {
            asked.removeAll(granted);
            throw new OAuthException(OAuth2Error.INVALID_SCOPE, "Not granted: " + String.join(" ", asked) + ".");
        }
        return String.join(" ", asked);
    }
}
