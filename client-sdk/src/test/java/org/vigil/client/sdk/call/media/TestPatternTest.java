package org.vigil.client.sdk.call.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

class TestPatternTest {

    private final TestPattern pattern = new TestPattern(64, 32);

    @Test
    void paintsEightBarsInsideTheStridesAndMovesThemEachFrame() {
        int strideY = 80;
        int strideC = 40;
        ByteBuffer y = ByteBuffer.allocate(strideY * 32);
        ByteBuffer u = ByteBuffer.allocate(strideC * 16);
        ByteBuffer v = ByteBuffer.allocate(strideC * 16);
        pattern.paint(0, y, strideY, u, strideC, v, strideC);
        assertThat(Byte.toUnsignedInt(y.get(0))).as("white first").isEqualTo(235);
        assertThat(Byte.toUnsignedInt(y.get(63))).as("black last").isEqualTo(16);
        assertThat(Byte.toUnsignedInt(y.get(31 * strideY + 8))).as("yellow second, on every row").isEqualTo(210);
        assertThat(y.get(64)).as("the padding past the width is left alone").isZero();
        assertThat(Byte.toUnsignedInt(u.get(4))).isEqualTo(16);
        assertThat(Byte.toUnsignedInt(v.get(15 * strideC + 31))).isEqualTo(128);

        pattern.paint(1, y, strideY, u, strideC, v, strideC);
        assertThat(Byte.toUnsignedInt(y.get(3))).as("the bars moved four pixels left").isEqualTo(235);
        assertThat(Byte.toUnsignedInt(y.get(4))).isEqualTo(210);
    }

    @Test
    void refusesOddOrTinyPictures() {
        assertThatThrownBy(() -> new TestPattern(641, 480)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TestPattern(8, 8)).isInstanceOf(IllegalArgumentException.class);
    }
}
