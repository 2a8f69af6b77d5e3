package org.vigil.client.station.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.text.Font;

/**
 * A label that remembers its computed sizes for its words, font, skin, insets and wrapping, and the
 * width (or height) it is asked for. JavaFX's label skin measures the text again on every layout pass
 * that asks, and a tile is laid out whenever one of its lines changes words: with 50 patients, measuring
 * every line of every changed tile again (the wrapped NEWS2 and alert lines included) was most of the FX
 * thread's time (JFR: {@code VBox.getAreaHeights} → {@code Utils.computeTextHeight} → {@code PrismTextLayout}).
 * Only a line whose words changed is measured now.
 */
public final class SizedLabel extends Label {

    private final SizeMemo minWidth = new SizeMemo();
    private final SizeMemo prefWidth = new SizeMemo();
    private final SizeMemo minHeight = new SizeMemo();
    private final SizeMemo prefHeight = new SizeMemo();

    public SizedLabel(String text) {
        super(text);
    }

    /** What a size depends on besides the other dimension; the skin and graphic by identity. */
    private record Key(String text, Font font, Skin<?> skin, Insets insets, boolean wrap, double lineSpacing, Node graphic,
            ContentDisplay display, double graphicGap) {
    }

    private Key key() {
        return new Key(getText(), getFont(), getSkin(), getInsets(), isWrapText(), getLineSpacing(), getGraphic(), getContentDisplay(),
                getGraphicTextGap());
    }

    @Override
    protected double computeMinWidth(double height) {
        return minWidth.get(key(), height, () -> super.computeMinWidth(height));
    }

    @Override
    protected double computePrefWidth(double height) {
        return prefWidth.get(key(), height, () -> super.computePrefWidth(height));
    }

    @Override
    protected double computeMinHeight(double width) {
        return minHeight.get(key(), width, () -> super.computeMinHeight(width));
    }

    @Override
    protected double computePrefHeight(double width) {
        return prefHeight.get(key(), width, () -> super.computePrefHeight(width));
    }
}
