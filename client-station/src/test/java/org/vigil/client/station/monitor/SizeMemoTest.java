package org.vigil.client.station.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.vigil.client.station.ui.SizeMemo;

class SizeMemoTest {

    @Test
    void theSameWordsAndWidthAreMeasuredOnce() {
        SizeMemo memo = new SizeMemo();
        AtomicInteger measured = new AtomicInteger();
        assertThat(memo.get(List.of("72 /min", 13.0), 280, () -> measured.incrementAndGet() * 10.0)).isEqualTo(10.0);
        assertThat(memo.get(List.of("72 /min", 13.0), 280, () -> measured.incrementAndGet() * 10.0)).isEqualTo(10.0);
        assertThat(measured).hasValue(1);
    }

    @Test
    void otherWordsAnotherFontOrAnotherWidthAreMeasuredAfresh() {
        SizeMemo memo = new SizeMemo();
        AtomicInteger measured = new AtomicInteger();
        memo.get(List.of("72 /min", 13.0), 280, measured::incrementAndGet);
        assertThat(memo.get(List.of("73 /min", 13.0), 280, measured::incrementAndGet)).isEqualTo(2);
        assertThat(memo.get(List.of("73 /min", 14.0), 280, measured::incrementAndGet)).isEqualTo(3);
        assertThat(memo.get(List.of("73 /min", 14.0), 260, measured::incrementAndGet)).isEqualTo(4);
        assertThat(memo.get(List.of("73 /min", 14.0), -1, measured::incrementAndGet)).isEqualTo(5);
        assertThat(memo.get(List.of("73 /min", 14.0), -1, measured::incrementAndGet)).isEqualTo(5);
    }
}
