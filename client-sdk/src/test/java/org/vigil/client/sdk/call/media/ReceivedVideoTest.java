package org.vigil.client.sdk.call.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReceivedVideoTest {

    @Test
    void countsFramesKeepsTheFirstTimeAndTheLastSize() throws InterruptedException {
        ReceivedVideo video = new ReceivedVideo();
        assertThat(video.awaitFrames(1, Duration.ofMillis(20))).isFalse();
        Instant first = Instant.parse("2026-01-01T10:00:00Z");
        video.record(640, 360, first);
        video.record(320, 180, first.plusSeconds(1));
        assertThat(video.frames()).isEqualTo(2);
        assertThat(video.firstFrameAt()).hasValue(first);
        assertThat(video.width()).isEqualTo(320);
        assertThat(video.height()).isEqualTo(180);
        assertThat(video.awaitFrames(2, Duration.ZERO)).isTrue();
    }

    @Test
    void aWaiterWakesWhenTheFramesCome() throws Exception {
        ReceivedVideo video = new ReceivedVideo();
        Thread decoder = new Thread(() -> {
            for (int i = 0; i < 3; i++) {
                video.record(16, 16, Instant.now());
            }
        });
        decoder.start();
        assertThat(video.awaitFrames(3, Duration.ofSeconds(5))).isTrue();
        decoder.join();
    }
}
