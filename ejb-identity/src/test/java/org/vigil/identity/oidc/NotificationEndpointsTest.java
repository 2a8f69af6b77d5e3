package org.vigil.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationEndpointsTest {

    @Test
    void httpsIsAcceptedAndLoopbackHttpOnlyWhenAllowed() {
        assertThat(NotificationEndpoints.check("https://station.example.org/ciba", false)).isEmpty();
        assertThat(NotificationEndpoints.check("http://127.0.0.1:8123/ciba", false)).isPresent();
        assertThat(NotificationEndpoints.check("http://127.0.0.1:8123/ciba", true)).isEmpty();
        assertThat(NotificationEndpoints.check("http://localhost/ciba", true)).isEmpty();
    }

    @Test
    void plainHttpElsewhereCredentialsFragmentsAndNonsenseAreRefused() {
        assertThat(NotificationEndpoints.check("http://station.example.org/ciba", true)).isPresent();
        assertThat(NotificationEndpoints.check("http://127.0.0.1.example.org/ciba", true)).isPresent();
        assertThat(NotificationEndpoints.check("https://user:pw@station.example.org/ciba", false)).isPresent();
        assertThat(NotificationEndpoints.check("https://station.example.org/ciba#x", false)).isPresent();
        assertThat(NotificationEndpoints.check("ftp://station.example.org/ciba", false)).isPresent();
        assertThat(NotificationEndpoints.check("/ciba", false)).isPresent();
        assertThat(NotificationEndpoints.check(null, false)).isPresent();
        assertThat(NotificationEndpoints.check("https://exa mple.org", false)).isPresent();
    }
}
