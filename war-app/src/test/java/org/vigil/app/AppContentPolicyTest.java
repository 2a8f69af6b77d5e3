package org.vigil.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppContentPolicyTest {

    @Test
    void scriptsOnlyFromTheServerAndSocketsOnlyToTheSameHost() {
        String policy = AppContentPolicy.forHost("vigil.example.org:8443");

        assertThat(policy).contains("script-src 'self';", "default-src 'none';", "frame-ancestors 'none'",
                "connect-src 'self' ws://vigil.example.org:8443 wss://vigil.example.org:8443;");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    @Test
    void anIpv6HostIsNamedToo() {
        assertThat(AppContentPolicy.forHost("[::1]:8080")).contains("connect-src 'self' ws://[::1]:8080 wss://[::1]:8080;");
    }

    @Test
    void aHostHeaderThatIsNotAHostAddsNothing() {
        for (String forged : new String[] {"evil.example; script-src *", "a b", "", "x\r\nSet-Cookie: a=b", null}) {
            assertThat(AppContentPolicy.forHost(forged)).as(String.valueOf(forged)).contains("connect-src 'self';")
                    .doesNotContain("evil", "Set-Cookie", "ws://");
        }
    }
}
