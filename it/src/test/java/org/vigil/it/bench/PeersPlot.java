package org.vigil.it.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import javax.imageio.ImageIO;

/** The peers benchmark's figure: tokens per second and p99 latency, one bar per server and round, side by side. */
final class PeersPlot {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 420;
    private static final Color[] COLOURS = {new Color(0x1565c0), new Color(0x6a1b9a), new Color(0x2e7d32), new Color(0xef6c00)};

    private PeersPlot() {
    }

    static void write(Path png, List<PeersTokenBenchmark.Round> rounds) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        List<String> servers = new ArrayList<>();
        rounds.forEach(r -> {
            if (!servers.contains(r.server())) {
                servers.add(r.server());
            }
        });
        panel(g, 20, "tokens per second (higher is better)", servers, rounds, r -> r.result().perSecond(), "%,.0f");
        panel(g, WIDTH / 2 + 10, "p99 latency in ms (lower is better)", servers, rounds, r -> r.result().p99Millis(), "%.0f");
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < servers.size(); i++) {
            int y = HEIGHT - 60 + i * 18;
            g.setColor(COLOURS[i % COLOURS.length]);
            g.fillRect(20, y - 10, 12, 12);
            g.setColor(Color.DARK_GRAY);
            g.drawString(servers.get(i), 38, y);
        }
        g.dispose();
        Files.createDirectories(png.getParent());
        ImageIO.write(image, "png", png.toFile());
    }

    private static void panel(Graphics2D g, int left, String title, List<String> servers, List<PeersTokenBenchmark.Round> rounds,
            ToDoubleFunction<PeersTokenBenchmark.Round> value, String format) {
        int width = WIDTH / 2 - 40;
        int top = 40;
        int bottom = HEIGHT - 90;
        double max = rounds.stream().mapToDouble(value).max().orElse(1) * 1.15;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, left, 24);
        g.setStroke(new BasicStroke(1));
        g.drawLine(left, bottom, left + width, bottom);
        int groups = servers.size();
        int perGroup = (int) rounds.stream().filter(r -> r.server().equals(servers.get(0))).count();
        int groupWidth = width / groups;
        int bar = Math.max(8, (groupWidth - 20) / Math.max(1, perGroup));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int s = 0; s < groups; s++) {
            int server = s;
            int x = left + s * groupWidth + 10;
            for (PeersTokenBenchmark.Round r : rounds.stream().filter(r -> r.server().equals(servers.get(server))).toList()) {
                double v = value.applyAsDouble(r);
                int h = (int) ((bottom - top) * v / max);
                g.setColor(COLOURS[s % COLOURS.length]);
                g.fillRect(x, bottom - h, bar - 3, h);
                g.setColor(Color.DARK_GRAY);
                g.drawString(String.format(format, v), x, bottom - h - 3);
                g.drawString("r" + r.round(), x + 2, bottom + 13);
                x += bar;
            }
        }
    }
}
