package org.vigil.client.station.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The station's look in one place: inline styles, so that the jar needs no resources to find. */
public final class Styles {

    public static final String ROOT = "-fx-font-family: 'DejaVu Sans', sans-serif; -fx-font-size: 13px; -fx-background-color: #f4f6f8;";
    public static final String TOP_BAR = "-fx-background-color: #1f2d3d; -fx-padding: 6 10 6 10; -fx-spacing: 12;";
    public static final String TOP_TEXT = "-fx-text-fill: white; -fx-font-size: 14px;";
    /*
     * A tile's frame is a background layer showing around the one inside it, with square corners: a tile is
     * repainted under every line that changes words, and Prism's software renderer (Xvfb, workstations without
     * a GPU) fills square backgrounds directly but rasterises rounded ones and border strokes as shapes (Marlin),
     * which was about half of its time with 50 patients (JFR). The content sits 9 px in, as with the borders.
     */
    public static final String TILE = "-fx-background-color: #c8d0d8, white; -fx-background-insets: 0, 1; -fx-padding: 9; -fx-spacing: 3;";
    public static final String TILE_ALARM = "-fx-background-color: #c0392b, #fff1f0; -fx-background-insets: 0, 3; -fx-padding: 9;"
            + " -fx-spacing: 3;";
    public static final String TILE_STALE = "-fx-background-color: #eceff1; -fx-border-color: #78909c; -fx-border-width: 2;"
            + " -fx-border-style: segments(6, 4); -fx-padding: 7; -fx-spacing: 3;";
    public static final String BANNER = "-fx-background-color: #c0392b; -fx-padding: 8 12 8 12; -fx-spacing: 12;";
    public static final String ERROR = "-fx-text-fill: #b00020; -fx-font-weight: bold;";
    public static final String TITLE = "-fx-font-size: 18px; -fx-font-weight: bold;";

    private Styles() {
    }

    public static Label label(String text, String style) {
        Label l = new Label(text);
        l.setStyle(style);
        l.setWrapText(true);
        return l;
    }

    /** A label like {@link #label} that measures its words only when they change (a tile's lines: see {@link SizedLabel}). */
    public static Label sizedLabel(String text, String style) {
        Label l = new SizedLabel(text);
        l.setStyle(style);
        l.setWrapText(true);
        return l;
    }

    public static <T extends Node> T id(T node, String id) {
        node.setId(id);
        return node;
    }
}
