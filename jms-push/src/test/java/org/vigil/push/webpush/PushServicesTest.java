package org.vigil.push.webpush;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class PushServicesTest {

    private final PushServices known = PushServices.knownAnd(null);

    @Test
    void theBrowsersPushServicesAreAllowed() {
        assertThat(known.allows(URI.create("https://fcm.googleapis.com/fcm/send/dXj3...:APA91b"))).isTrue();
        assertThat(known.allows(URI.create("https://updates.push.services.mozilla.com/wpush/v2/gAAAA"))).isTrue();
        assertThat(known.allows(URI.create("https://web.push.apple.com/QGuQyavXutnMH"))).isTrue();
        assertThat(known.allows(URI.create("https://wns2-par02p.notify.windows.com/w/?token=BQYAAA"))).isTrue();
    }

    @Test
    void anyOtherUrlIsRefused() {
        assertThat(known.allows(URI.create("https://169.254.169.254/latest/meta-data/"))).isFalse();
        assertThat(known.allows(URI.create("https://intranet.hospital.local/admin"))).isFalse();
        assertThat(known.allows(URI.create("https://fcm.googleapis.com.evil.example/x"))).isFalse();
        assertThat(known.allows(URI.create("https://evilnotify.windows.com/x"))).isFalse();
        assertThat(known.allows(URI.create("https://fcm.googleapis.com:8443/x"))).as("another port").isFalse();
        assertThat(known.allows(URI.create("http://fcm.googleapis.com/x"))).as("plain http").isFalse();
        assertThat(known.allows(URI.create("https://notify.windows.com/x"))).as("the bare domain of a subdomain rule").isFalse();
    }

    @Test
    void anAdminAddsServices() {
        PushServices extended = PushServices.knownAnd(" push.hospital.example , .autopush.example.org");

        assertThat(extended.allows(URI.create("https://push.hospital.example/wpush/1"))).isTrue();
        assertThat(extended.allows(URI.create("https://eu.autopush.example.org/wpush/1"))).isTrue();
        assertThat(extended.allows(URI.create("https://fcm.googleapis.com/fcm/send/1"))).isTrue();
        assertThat(extended.allows(URI.create("https://other.hospital.example/x"))).isFalse();
    }
}
