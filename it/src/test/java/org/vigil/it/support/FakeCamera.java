package org.vigil.it.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * What Chromium's fake camera films ({@code --use-file-for-fake-video-capture}): a still, written
 * as a one-frame Y4M video that Chromium loops. The browser opens the file each time a page starts
 * the camera, so a test puts the picture in place before the app scans.
 */
public final class FakeCamera {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int CODE_SIDE = 400;

    private final Path file;

    public FakeCamera(Path directory) {
        try {
            Files.createDirectories(directory);
            this.file = Files.createTempFile(directory, "camera-", ".y4m");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        show(blank());
    }

    /** The file to hand Chromium at launch. */
    public Path file() {
        return file;
    }

    /** Films a picture (a PNG: a login page's QR code as the page shows it) held square in the middle of the frame. */
    public void show(byte[] png) {
        try {
            show(ImageIO.read(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Films a QR code holding {@code text} (someone else's code). */
    public void showQrCode(String text) {
        try {
            BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, CODE_SIDE, CODE_SIDE);
            BufferedImage code = new BufferedImage(modules.getWidth(), modules.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < modules.getHeight(); y++) {
                for (int x = 0; x < modules.getWidth(); x++) {
                    code.setRGB(x, y, modules.get(x, y) ? 0x000000 : 0xffffff);
                }
            }
            show(code);
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Pixel by pixel, nearest neighbour: the code's modules stay sharp, as a phone held close sees
     * them, and no AWT graphics (the tests' JVM may have a DISPLAY set that no X server answers on).
     */
    private void show(BufferedImage picture) {
        BufferedImage frame = blank();
        int left = (WIDTH - CODE_SIDE) / 2;
        int top = (HEIGHT - CODE_SIDE) / 2;
        for (int y = 0; y < CODE_SIDE; y++) {
            for (int x = 0; x < CODE_SIDE; x++) {
                frame.setRGB(left + x, top + y, picture.getRGB(x * picture.getWidth() / CODE_SIDE, y * picture.getHeight() / CODE_SIDE));
            }
        }
        write(frame);
    }

    private static BufferedImage blank() {
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        int[] white = new int[WIDTH * HEIGHT];
        Arrays.fill(white, 0xffffff);
        frame.setRGB(0, 0, WIDTH, HEIGHT, white, 0, WIDTH);
        return frame;
    }

    /** YUV 4:2:0 (BT.601, full range as JPEG has it), the chroma of each 2x2 block averaged; replaced atomically. */
    private void write(BufferedImage frame) {
        byte[] luma = new byte[WIDTH * HEIGHT];
        byte[] blue = new byte[WIDTH * HEIGHT / 4];
        byte[] red = new byte[WIDTH * HEIGHT / 4];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = frame.getRGB(x, y);
                luma[y * WIDTH + x] = (byte) clamp(0.299 * r(rgb) + 0.587 * g(rgb) + 0.114 * b(rgb));
            }
        }
        for (int y = 0; y < HEIGHT; y += 2) {
            for (int x = 0; x < WIDTH; x += 2) {
                double r = 0;
                double g = 0;
                double b = 0;
                for (int[] d : new int[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                    int rgb = frame.getRGB(x + d[0], y + d[1]);
                    r += r(rgb) / 4.0;
                    g += g(rgb) / 4.0;
                    b += b(rgb) / 4.0;
                }
                int at = (y / 2) * (WIDTH / 2) + x / 2;
                blue[at] = (byte) clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
                red[at] = (byte) clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
            }
        }
        ByteArrayOutputStream video = new ByteArrayOutputStream();
        video.writeBytes(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F30:1 Ip A1:1 C420jpeg\nFRAME\n").getBytes(StandardCharsets.US_ASCII));
        video.writeBytes(luma);
        video.writeBytes(blue);
        video.writeBytes(red);
        try {
            Path next = Files.createTempFile(file.getParent(), "camera-", ".part");
            Files.write(next, video.toByteArray());
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int r(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static int g(int rgb) {
        return (rgb >> 8) & 0xff;
    }

    private static int b(int rgb) {
        return rgb & 0xff;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
