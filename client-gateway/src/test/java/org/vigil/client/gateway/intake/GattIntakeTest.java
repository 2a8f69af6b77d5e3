package org.vigil.client.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.client.gateway.measurement.Measurement;
import org.vigil.client.gateway.outbox.Outbox;

class GattIntakeTest {

    private static final UUID BLOOD_PRESSURE = UUID.fromString("00002a35-0000-1000-8000-00805f9b34fb");
    private static final String CUFF = "AA:BB:CC:DD:EE:02";
    // 120/80 mmHg, MAP 93, time stamp without a year: 24 November 10:00:00
    private static final byte[] YEARLESS_READING = HexFormat.of().parseHex("0278005000" + "5D00" + "0000" + "0B180A0000");

    @TempDir
    Path directory;

    /** A cuff that does not know the year sends its stored readings again at each connect: each is stored once, dated this year. */
    @Test
    void aStoredReadingWithoutItsYearSentAgainIsStoredOnce() throws Exception {
        try (Outbox outbox = Outbox.open(directory.resolve("outbox"), 1000)) {
            Clock clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
            GattIntake intake = new GattIntake(outbox, clock, ZoneId.of("Europe/Paris"), () -> { });

            List<Measurement> first = intake.receive(CUFF, BLOOD_PRESSURE, YEARLESS_READING);
            List<Measurement> again = new GattIntake(outbox, Clock.offset(clock, java.time.Duration.ofHours(3)), ZoneId.of("Europe/Paris"), () -> { })
                    .receive(CUFF, BLOOD_PRESSURE, YEARLESS_READING);

            assertThat(first).isNotEmpty();
            assertThat(again).extracting(Measurement::id).containsExactlyElementsOf(first.stream().map(Measurement::id).toList());
            assertThat(first).allSatisfy(m -> assertThat(m.measuredAt()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z")));
            assertThat(outbox.depth()).isEqualTo(first.size());
        }
    }
}
