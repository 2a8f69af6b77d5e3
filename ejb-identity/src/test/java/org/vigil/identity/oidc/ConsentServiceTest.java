package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.openid.connect.sdk.Prompt;

import org.junit.jupiter.api.Test;

import org.vigil.identity.domain.Consent;
import org.vigil.identity.domain.OAuthClient;

/** When the consent page is shown, over consents kept without a database. */
class ConsentServiceTest {

    private final GrantFakes.ConsentStore consents = new GrantFakes.ConsentStore();
    private final ConsentService service = new ConsentService();
    private final OAuthClient thirdParty = GrantFakes.client("app", Set.of("authorization_code"), Set.of("openid", "profile", "email"), Set.of());
    private final UUID person = UUID.randomUUID();

    ConsentServiceTest() {
        service.consents = consents;
    }

    @Test
    void aThirdPartyNeedsConsentForEveryScopeThePersonHasNotAllowedYet() {
        assertThat(service.needed(thirdParty, person, Set.of("openid"), new Prompt())).as("never allowed").isTrue();

        consents.store(new Consent(person, "app", Set.of("openid", "profile"), Instant.now()));

        assertThat(service.needed(thirdParty, person, Set.of("openid", "profile"), new Prompt())).isFalse();
        assertThat(service.needed(thirdParty, person, Set.of("openid", "email"), new Prompt())).as("a scope more").isTrue();
        assertThat(service.needed(thirdParty, UUID.randomUUID(), Set.of("openid"), new Prompt())).as("another person").isTrue();
    }

    @Test
    void vigilsOwnApplicationsSkipThePageUnlessTheRequestAsksForIt() {
        OAuthClient console = new OAuthClient("vigil-console", "Vigil console", thirdParty.authMethod(), thirdParty.secretHash(), null,
                thirdParty.redirectUris(), Set.of(), Set.of("authorization_code"), Set.of("openid"), Set.of(), true, Instant.now());

        assertThat(service.needed(console, person, Set.of("openid"), new Prompt())).isFalse();
        assertThat(service.needed(console, person, Set.of("openid"), new Prompt(Prompt.Type.CONSENT))).isTrue();
    }
}
