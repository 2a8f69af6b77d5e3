package org.vigil.identity.oidc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.OAuth2Error;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AuditEvent;

/** A person's standard claims, limited to the scopes granted; every read is audited. */
@Stateless
public class UserInfoService {

    @Inject
    AccountRepository accounts;

    @EJB
    AuditTrail audit;

    public Map<String, Object> claims(UUID accountId, Set<String> scopes, String clientId) {
        Account account = accounts.find(accountId)
                .orElseThrow(() -> new OAuthException(OAuth2Error.ACCESS_DENIED, "The account no longer exists."));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", account.id().toString());
        if (scopes.contains("profile")) {
            claims.put("name", account.firstName() + " " + account.lastName());
            claims.put("given_name", account.firstName());
            claims.put("family_name", account.lastName());
        }
        if (scopes.contains("email")) {
            claims.put("email", account.email());
            claims.put("email_verified", account.isConfirmed(org.vigil.identity.domain.Channel.EMAIL));
        }
        if (scopes.contains("phone")) {
            claims.put("phone_number", account.phone());
            claims.put("phone_number_verified", account.isConfirmed(org.vigil.identity.domain.Channel.PHONE));
        }
        account.kycLevel().acr().ifPresent(acr -> claims.put("acr", acr));
        audit.record("client:" + clientId, "oidc.userinfo", "account:" + accountId, AuditEvent.Outcome.SUCCESS, null,
                String.join(" ", scopes));
        return claims;
    }
}
