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

    /** An icon about 18×14 px in {@code colour}. */
    public static Node of(Color colour) {
        Polygon speaker = new Polygon(0, 4.5, 4, 4.5, 9, 0, 9, 14, 4, 9.5, 0, 9.5);
        speaker.setFill(colour);
        Line down = cross(12, 4, 18, 10, colour);
        Line up = cross(12, 10, 18, 4, colour);
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
