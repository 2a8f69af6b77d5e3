package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;

import org.junit.jupiter.api.Test;

import org.vigil.identity.domain.LoginSession;
import org.vigil.identity.domain.OAuthClient;

class AuthorizationCodeGrantHandlerTest {

    private static final URI REDIRECT = URI.create("https://app.example/cb");

    private final GrantFakes.Codes codes = new GrantFakes.Codes();
    private final GrantFakes.Revocation revocation = new GrantFakes.Revocation();
    private final GrantFakes.Audit audit = new GrantFakes.Audit();
    private final GrantFakes.Issuance issuance = new GrantFakes.Issuance();
    private final AuthorizationCodeGrantHandler handler = new AuthorizationCodeGrantHandler(codes, revocation, audit, issuance);

    private final OAuthClient app = GrantFakes.client("app", Set.of("authorization_code"), Set.of("openid"), Set.of());
    private final CodeVerifier verifier = new CodeVerifier();
    private final LoginSession session = GrantFakes.session();

    private void issueCode(String code, String clientId) {
        codes.store(code, new IssuedCode(clientId, REDIRECT.toString(), "openid", "n-1",
                CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue(), session), Duration.ofSeconds(60));
    }

    private AuthorizationCodeGrant presented(String code, URI redirect, CodeVerifier codeVerifier) {
        return new AuthorizationCodeGrant(new AuthorizationCode(code), redirect, codeVerifier);
    }

    @Test
    void aCodeWithItsVerifierYieldsTokensOfTheLoginInAFreshGrant() {
        issueCode("c1", "app");

        handler.grant(app, presented("c1", REDIRECT, verifier), null);

        assertThat(issuance.issued).singleElement().satisfies(i -> {
            assertThat(i.session()).isEqualTo(session);
            assertThat(i.scope()).isEqualTo("openid");
            assertThat(i.nonce()).isEqualTo("n-1");
            assertThat(i.family()).isNotNull();
        });
        assertThat(audit.actions).containsExactly("oidc.code-redeemed");
    }

    @Test
    void aCodeIsRedeemedOnceAndItsSecondRedemptionRevokesWhatTheFirstGot() {
        issueCode("c1", "app");
        handler.grant(app, presented("c1", REDIRECT, verifier), null);

        assertThatThrownBy(() -> handler.grant(app, presented("c1", REDIRECT, verifier), null))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error().getCode()).isEqualTo("invalid_grant"));

        assertThat(revocation.revoked).containsExactly(issuance.issued.get(0).family());
        assertThat(audit.actions).containsExactly("oidc.code-redeemed", "oidc.code-reuse");
    }

    @Test
    void anUnknownCodeRevokesNothing() {
        assertThatThrownBy(() -> handler.grant(app, presented("nope", REDIRECT, verifier), null)).isInstanceOf(OAuthException.class);

        assertThat(revocation.revoked).isEmpty();
        assertThat(issuance.issued).isEmpty();
    }

    @Test
    void anotherClientsCodeIsRefused() {
        issueCode("c1", "other");

        assertThatThrownBy(() -> handler.grant(app, presented("c1", REDIRECT, verifier), null))
                .hasMessageContaining("another client");
        assertThat(issuance.issued).isEmpty();
    }

    @Test
    void aDifferentRedirectUriIsRefused() {
        issueCode("c1", "app");

        assertThatThrownBy(() -> handler.grant(app, presented("c1", URI.create("https://evil.example/cb"), verifier), null))
                .hasMessageContaining("redirect_uri");
    }

    @Test
    void aWrongOrMissingVerifierIsRefused() {
        issueCode("c1", "app");
        issueCode("c2", "app");

        assertThatThrownBy(() -> handler.grant(app, presented("c1", REDIRECT, new CodeVerifier()), null)).hasMessageContaining("PKCE");
        assertThatThrownBy(() -> handler.grant(app, presented("c2", REDIRECT, null), null)).hasMessageContaining("PKCE");
        assertThat(issuance.issued).isEmpty();
    }

    @Test
    void aCodeBoundToADpopKeyIsRedeemedOnlyWithAProofOfThatKey() {
        String challenge = CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();
        codes.store("c1", new IssuedCode("app", REDIRECT.toString(), "openid", null, challenge, session, "jkt-a"), Duration.ofSeconds(60));
        codes.store("c2", new IssuedCode("app", REDIRECT.toString(), "openid", null, challenge, session, "jkt-a"), Duration.ofSeconds(60));
        codes.store("c3", new IssuedCode("app", REDIRECT.toString(), "openid", null, challenge, session, "jkt-a"), Duration.ofSeconds(60));

        assertThatThrownBy(() -> handler.grant(app, presented("c1", REDIRECT, verifier), "jkt-b"))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error().getCode()).isEqualTo("invalid_grant"))
                .hasMessageContaining("dpop_jkt");
        assertThatThrownBy(() -> handler.grant(app, presented("c2", REDIRECT, verifier), null))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error().getCode()).isEqualTo("invalid_grant"));
        assertThat(issuance.issued).isEmpty();

        handler.grant(app, presented("c3", REDIRECT, verifier), "jkt-a");
        assertThat(issuance.issued).hasSize(1);
    }

    @Test
    void aVerifierForACodeIssuedWithoutChallengeIsRefused() {
        codes.store("c1", new IssuedCode("app", REDIRECT.toString(), "openid", null, null, session), Duration.ofSeconds(60));

        assertThatThrownBy(() -> handler.grant(app, presented("c1", REDIRECT, verifier), null)).hasMessageContaining("PKCE");
    }

    @Test
    void aCodeOfAnAccountNoLongerActiveYieldsNothing() {
        issueCode("c1", "app");
        issuance.accountActive = false;

        assertThatThrownBy(() -> handler.grant(app, presented("c1", REDIRECT, verifier), null)).hasMessageContaining("no longer active");
        assertThat(codes.redeemed).isEmpty();
    }
}
