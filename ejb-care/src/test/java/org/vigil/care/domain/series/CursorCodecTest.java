package org.vigil.care.domain.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private static final UUID PATIENT = UUID.randomUUID();
    private final CursorCodec codec = new CursorCodec("a server secret of thirty-two by".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private final Cursor cursor = new Cursor(Instant.parse("2026-11-24T10:00:00.123456789Z"), 4711);

    @Test
    void aTokenDecodesToThePositionItWasMadeFor() {
        String token = codec.encode(cursor, PATIENT, "heart-rate");

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(codec.decode(token, PATIENT, "heart-rate")).isEqualTo(cursor);
    }

    @Test
    void anAlteredTokenIsRefused() {
        byte[] raw = Base64.getUrlDecoder().decode(codec.encode(cursor, PATIENT, "heart-rate"));
        raw[23] ^= 1; // the row id's last byte
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

        assertThatThrownBy(() -> codec.decode(altered, PATIENT, "heart-rate")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aTokenForAnotherPatientOrKindIsRefused() {
        String token = codec.encode(cursor, PATIENT, "heart-rate");

        assertThatThrownBy(() -> codec.decode(token, UUID.randomUUID(), "heart-rate")).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> codec.decode(token, PATIENT, "spo2")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void garbageAndAnotherKeysTokensAreRefused() {
        assertThatThrownBy(() -> codec.decode("not a token!", PATIENT, "spo2")).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> codec.decode("AAAA", PATIENT, "spo2")).isInstanceOf(InvalidCursorException.class);
        CursorCodec other = new CursorCodec(new byte[32]);
        assertThatThrownBy(() -> codec.decode(other.encode(cursor, PATIENT, "spo2"), PATIENT, "spo2")).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> new CursorCodec(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bucketWidthsKeepAChartWithinItsPoints() {
        assertThat(BucketWidth.forRange(Duration.ofMinutes(5), 500)).isEqualTo(Duration.ofSeconds(1));
        assertThat(BucketWidth.forRange(Duration.ofHours(1), 500)).isEqualTo(Duration.ofSeconds(15));
        assertThat(BucketWidth.forRange(Duration.ofDays(1), 500)).isEqualTo(Duration.ofMinutes(5));
        assertThat(BucketWidth.forRange(Duration.ofDays(30), 500)).isEqualTo(Duration.ofHours(3));
        assertThat(BucketWidth.forRange(Duration.ofDays(10_000), 10)).isEqualTo(Duration.ofDays(7));
    }
}
