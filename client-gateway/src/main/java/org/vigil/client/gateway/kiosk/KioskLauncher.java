package org.vigil.client.gateway.kiosk;

import java.net.URI;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.vigil.client.gateway.upload.TokenSource;
import org.vigil.client.sdk.call.CallSignaling;
import org.vigil.client.sdk.call.media.MediaEngine;
import org.vigil.client.sdk.call.media.VideoSource;

/**
 * Starts the kiosk beside the gateway's data work when the gateway has a screen ({@code DISPLAY}
 * set, and {@code VIGIL_GATEWAY_KIOSK} not {@code off}); a gateway without one takes no calls.
 */
public final class KioskLauncher {

    private KioskLauncher() {
    }

    public static boolean wanted() {
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank() && !"off".equalsIgnoreCase(System.getenv("VIGIL_GATEWAY_KIOSK"));
    }

    /** Starts JavaFX and opens the kiosk full screen; returns at once. */
    public static void start(URI server, TokenSource tokens) {
        MediaEngine engine = new MediaEngine();
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setFullScreen(true);
            KioskWindow.open(stage, () -> CallSignaling.connect(server, tokens.accessToken(), null), engine, VideoSource::cameraOrTestPattern);
        });
    }
}
