package org.vigil.client.station.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FramePacerTest {

    private static final long MS = 1_000_000L;

    @Test
    void aValueAfterAQuietSpellIsDrawnAtOnce() {
        FramePacer pacer = new FramePacer(100 * MS, 0);
        assertThat(pacer.due(5 * MS)).isZero();
        pacer.drawn(5 * MS);
        assertThat(pacer.due(400 * MS)).isZero();
    }

    @Test
    void valuesArrivingWithinAPeriodShareOneFrame() {
        FramePacer pacer = new FramePacer(100 * MS, 0);
        assertThat(pacer.due(1000 * MS)).isZero();
        pacer.drawn(1000 * MS);
        // 20 ms later: the frame waits until 100 ms after the last one
        assertThat(pacer.due(1020 * MS)).isEqualTo(80 * MS);
        // the next ones join it
        assertThat(pacer.due(1040 * MS)).isEqualTo(FramePacer.WAITING);
        assertThat(pacer.due(1099 * MS)).isEqualTo(FramePacer.WAITING);
        pacer.drawn(1100 * MS);
        assertThat(pacer.due(1110 * MS)).isEqualTo(90 * MS);
    }

    @Test
    void atFiftyValuesASecondItDrawsTenFramesASecond() {
        FramePacer pacer = new FramePacer(100 * MS, 0);
        long scheduledAt = -1;
        int frames = 0;
        for (long t = 0; t < 1000 * MS; t += MS) {
            if (scheduledAt >= 0 && t >= scheduledAt) {
                pacer.drawn(t);
                frames++;
                scheduledAt = -1;
            }
            if (t % (20 * MS) == 0) {
                long wait = pacer.due(t);
                if (wait == 0) {
                    pacer.drawn(t);
                    frames++;
                } else if (wait > 0) {
                    scheduledAt = t + wait;
                }
            }
        }
        assertThat(frames).isEqualTo(10);
    }
}
