package org.vigil.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 127.0.0.1, ::1");

    @Test
    void aDirectClientIsItsPeerWhateverItForwards() {
        assertThat(proxies.clientAddress("198.51.100.7", "203.0.113.1")).isEqualTo("198.51.100.7");
        assertThat(proxies.clientAddress("198.51.100.7", null)).isEqualTo("198.51.100.7");
    }

    @Test
    void behindTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheClient() {
        assertThat(proxies.clientAddress("127.0.0.1", "203.0.113.1")).isEqualTo("203.0.113.1");
        // the client prepended a forged hop; the proxies appended what they saw
        assertThat(proxies.clientAddress("10.1.2.3", "1.2.3.4, 203.0.113.1, 10.9.9.9")).isEqualTo("203.0.113.1");
        assertThat(proxies.clientAddress("::1", "2001:db8::5")).isEqualTo("2001:db8::5");
    }

    @Test
    void anUnreadableHopIsNotBelieved() {
        assertThat(proxies.clientAddress("127.0.0.1", "evil.example.org")).isEqualTo("127.0.0.1");
        assertThat(proxies.clientAddress("127.0.0.1", "")).isEqualTo("127.0.0.1");
    }

    @Test
    void nobodyIsTrustedByDefaultAndABadSettingIsRefused() {
        assertThat(TrustedProxies.parse("").clientAddress("127.0.0.1", "203.0.113.1")).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example.org")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }
}
