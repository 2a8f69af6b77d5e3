package org.vigil.client.sdk.call.media;

import java.nio.ByteBuffer;

/**
 * A moving colour-bar picture in I420 (full-size Y plane, half-size U and V), what a gateway
 * without a camera sends: eight vertical bars that shift by four pixels a frame, so that the far
 * side sees motion (an encoder sends little for a still picture) and a person sees it is a test.
 */
public final class TestPattern {

    /** Y, U, V of white, yellow, cyan, green, magenta, red, blue, black (BT.601, limited range). */
    private static final int[][] BARS = {
            {235, 128, 128}, {210, 16, 146}, {170, 166, 16}, {145, 54, 34},
            {106, 202, 222}, {81, 90, 240}, {41, 240, 110}, {16, 128, 128}};

    private final int width;
    private final int height;

    public TestPattern(int width, int height) {
        if (width < 16 || height < 16 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("the picture is at least 16x16 with even sides: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Paints frame number {@code frame} into the three planes, each with its own stride (bytes per row). */
    public void paint(long frame, ByteBuffer y, int strideY, ByteBuffer u, int strideU, ByteBuffer v, int strideV) {
        int shift = (int) ((frame * 4) % width);
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                y.put(row * strideY + col, (byte) BARS[bar(col, shift)][0]);
            }
        }
        for (int row = 0; row < height / 2; row++) {
            for (int col = 0; col < width / 2; col++) {
                int[] colour = BARS[bar(col * 2, shift)];
                u.put(row * strideU + col, (byte) colour[1]);
                v.put(row * strideV + col, (byte) colour[2]);
            }
        }
    }

    private int bar(int col, int shift) {
        return ((col + shift) % width) * BARS.length / width;
    }
}
