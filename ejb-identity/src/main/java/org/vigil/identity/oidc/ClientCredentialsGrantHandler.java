package org.vigil.identity.oidc;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.token.Tokens;

import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.PrivilegedScope;

/** RFC 6749 §4.4: a client acting on its own behalf gets an access token for its own roles, and nothing else. */
@Dependent
public class ClientCredentialsGrantHandler {

    private final TokenMinter minter;

    @Inject
    public ClientCredentialsGrantHandler(TokenMinter minter) {
        this.minter = minter;
    }

    /**
     * Without a {@code scope} parameter a client gets its registered privileged scopes that its roles back (RFC 6749
     * §3.3's pre-defined default): {@code vigil-admin} gets {@code vigil:admin}, a gateway nothing.
     */
    /** @param dpopJkt the DPoP key the request proved, which the token is then bound to; null for a bearer token */
    public AccessTokenResponse grant(OAuthClient client, Scope requested, String dpopJkt) {
        Set<String> asked = requested == null ? PrivilegedScope.grantable(client.scopes().stream().filter(s -> PrivilegedScope.of(s).isPresent())
                .toList(), client.roles()) : Set.of(TokenIssuance.narrowed(client.scopes(), requested).split(" "));
        String scope = String.join(" ", PrivilegedScope.grantable(asked, client.roles())).strip();
        String accessToken = minter.accessToken(client.clientId(), client.clientId(), scope, List.copyOf(client.roles()), null, null, dpopJkt);
        return new AccessTokenResponse(new Tokens(TokenIssuance.accessToken(accessToken, scope, dpopJkt), null));
    }
}
