package org.vigil.client.station.ui;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.StrokeLineCap;

/**
 * A loudspeaker with a cross, drawn rather than typed: the "🔇" character needs an emoji font, which
 * a ward workstation (or Xvfb) may lack, and then it shows as an empty box. The word MUTED beside it
 * says the same without the picture.
 */
public final class MutedIcon {

    private MutedIcon() {
    }

    /** An icon about 21×16 px (a line of 14 px text) in {@code colour}. */
    public static Node of(Color colour) {
        Polygon speaker = new Polygon(0, 5, 4.5, 5, 10, 0, 10, 16, 4.5, 11, 0, 11);
        speaker.setFill(colour);
        Line down = cross(14, 4.5, 21, 11.5, colour);
        Line up = cross(14, 11.5, 21, 4.5, colour);
        Group icon = new Group(speaker, down, up);
        icon.setId("mutedIcon");
        return icon;
    }

    private static Line cross(double x1, double y1, double x2, double y2, Color colour) {
        Line line = new Line(x1, y1, x2, y2);
        line.setStroke(colour);
        line.setStrokeWidth(2);
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        return line;
    }
}
