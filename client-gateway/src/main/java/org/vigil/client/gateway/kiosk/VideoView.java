package org.vigil.client.gateway.kiosk;

import java.util.function.Supplier;

import javafx.animation.AnimationTimer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.vigil.client.sdk.call.media.LatestPicture;

/**
 * The far side's video on screen: at each JavaFX pulse, the newest decoded picture (if a new one
 * came) is written into a {@link WritableImage}; the image is made anew only when the size changes.
 * Frames between two pulses are dropped by {@link LatestPicture}, never queued on the FX thread.
 */
public final class VideoView extends ImageView {

    private final AnimationTimer pulse;
    private Supplier<LatestPicture> source = () -> null;
    private WritableImage image;
    private long shown;
    private long pictures;

    public VideoView(double width, double height) {
        setFitWidth(width);
        setFitHeight(height);
        setPreserveRatio(true);
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                draw();
            }
        };
    }

    /** Shows this call's pictures (null: none) from now on. */
    public void show(Supplier<LatestPicture> pictureSource) {
        source = pictureSource;
        shown = 0;
        pulse.start();
    }

    /** Stops drawing and clears the picture. */
    public void clear() {
        pulse.stop();
        source = () -> null;
        image = null;
        setImage(null);
    }

    /** How many pictures were drawn, for a test that frames keep arriving. */
    public long pictures() {
        return pictures;
    }

    private void draw() {
        LatestPicture latest = source.get();
        if (latest == null) {
            return;
        }
        latest.newerThan(shown).ifPresent(p -> {
            if (image == null || image.getWidth() != p.width() || image.getHeight() != p.height()) {
                image = new WritableImage(p.width(), p.height());
                setImage(image);
            }
            image.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getByteBgraInstance(), p.bgra(), 0, p.width() * 4);
            shown = p.number();
            pictures++;
        });
    }
}
