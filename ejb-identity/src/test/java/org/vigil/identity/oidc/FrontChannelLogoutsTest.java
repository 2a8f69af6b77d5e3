package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontChannelLogoutsTest {

    private static final String ISSUER = "https://vigil.example.org";

    @Test
    void withoutTheSessionRequiredTheRegisteredAddressIsFramedAsItIs() {
        assertThat(FrontChannelLogouts.frame("https://rp.example.org/logout?x=1", false, ISSUER, "s1").toString())
                .isEqualTo("https://rp.example.org/logout?x=1");
    }

    @Test
    void theIssuerAndSessionAreAddedEncodedAndKeepTheRegisteredQuery() {
        assertThat(FrontChannelLogouts.frame("https://rp.example.org/logout", true, ISSUER, "a b&c").toString())
                .isEqualTo("https://rp.example.org/logout?iss=https%3A%2F%2Fvigil.example.org&sid=a+b%26c");
        assertThat(FrontChannelLogouts.frame("https://rp.example.org/logout?tenant=7", true, ISSUER, "s1").toString())
                .isEqualTo("https://rp.example.org/logout?tenant=7&iss=https%3A%2F%2Fvigil.example.org&sid=s1");
    }
}
