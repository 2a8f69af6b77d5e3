package org.vigil.client.gateway.gatt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.client.gateway.measurement.Reading;

/**
 * Whatever bytes arrive, a parser either returns readings with finite values or throws a
 * {@link GattParseException}; nothing else escapes. Seeded, so a failure names its input and
 * repeats.
 */
class ParserFuzzTest {

    private static final int INPUTS_PER_CHARACTERISTIC = 200_000;

    @ParameterizedTest
    @EnumSource(MeasurementCharacteristic.class)
    void randomValuesNeverCrashAParser(MeasurementCharacteristic characteristic) {
        SplittableRandom random = new SplittableRandom(0x5EED_0000L + characteristic.ordinal());
        int parsed = 0;
        int refused = 0;
        for (int i = 0; i < INPUTS_PER_CHARACTERISTIC; i++) {
            byte[] value = new byte[random.nextInt(24)];
            random.nextBytes(value);
            if (value.length > 0 && random.nextBoolean()) {
                value[0] &= 0x1F; // defined flags only, half the time, to reach deeper fields
            }
            try {
                List<Reading> readings = characteristic.readings(value);
                readings.forEach(r -> assertThat(r.value()).isFinite());
                parsed++;
            } catch (GattParseException expected) {
                assertThat(expected.getMessage()).isNotBlank();
                refused++;
            } catch (RuntimeException e) {
                fail(characteristic + " crashed on " + java.util.HexFormat.of().formatHex(value), e);
            }
        }
        // both outcomes are reached, so the loop exercised more than the length checks
        assertThat(parsed).isPositive();
        assertThat(refused).isPositive();
    }
}
