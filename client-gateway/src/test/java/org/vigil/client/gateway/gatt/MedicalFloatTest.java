package org.vigil.client.gateway.gatt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MedicalFloatTest {

    // Encodings from the IEEE 11073-20601 examples (as tabulated by HL7's PHD implementation guide)
    @ParameterizedTest
    @CsvSource({
            "0x0002, 2", "0xF014, 2.0", "0xE0C8, 2.00", "0x1002, 20", "0x2002, 200",
            "0x00C8, 200", "0x04D2, 1234", "0x0B2E, -1234",
            "0xF4B1, 120.1", "0x0000, 0", "0x8001, 0.00000001", "0x77FF, 20470000000",
            "0xF7FF, 204.7", "0xF800, -204.8", "0x0803, -2045", "0x1802, -20460"
    })
    void decodesSfloat(String raw, double expected) {
        assertThat(MedicalFloat.sfloat(Integer.decode(raw))).hasValue(expected);
    }

    @ParameterizedTest(name = "SFLOAT 0x{0} is no value")
    @ValueSource(strings = {"07FF" /* NaN */, "0800" /* NRes */, "07FE" /* +INF */, "0802" /* -INF */, "0801" /* reserved */})
    void sfloatSpecialValuesAreNoValue(String raw) {
        assertThat(MedicalFloat.sfloat(Integer.parseInt(raw, 16))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "0x00000002, 2", "0xFF000014, 2.0", "0xFE0000C8, 2.00", "0x01000002, 20", "0x02000002, 200",
            "0x000004D2, 1234", "0x00FFFB2E, -1234", "0xFF00016C, 36.4", "0xFE000E42, 36.50",
            "0x807FFFFF, 8.388607e-122", "0x7F800000, -8.388608e133"
    })
    void decodesFloat(String raw, double expected) {
        assertThat(MedicalFloat.float32(Long.decode(raw).intValue())).hasValue(expected);
    }

    @ParameterizedTest(name = "FLOAT 0x{0} is no value")
    @ValueSource(strings = {"007FFFFF" /* NaN */, "00800000" /* NRes */, "007FFFFE" /* +INF */,
            "00800002" /* -INF */, "00800001" /* reserved */})
    void floatSpecialValuesAreNoValue(String raw) {
        assertThat(MedicalFloat.float32(Integer.parseUnsignedInt(raw, 16))).isEmpty();
    }

    @Test
    void specialMantissasWithAnExponentAreOrdinaryNumbers() {
        assertThat(MedicalFloat.float32(0xFF7FFFFF)).hasValue(838860.7);
        assertThat(MedicalFloat.sfloat(0x17FE)).hasValue(20460);
    }

    @Test
    void everySfloatIsEitherNoValueOrAFiniteNumber() {
        int specials = 0;
        for (int raw = 0; raw <= 0xFFFF; raw++) {
            var value = MedicalFloat.sfloat(raw);
            if (value.isEmpty()) {
                specials++;
            } else {
                assertThat(value.getAsDouble()).isFinite();
            }
        }
        assertThat(specials).isEqualTo(5);
    }
}
