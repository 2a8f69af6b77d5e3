package org.vigil.client.station;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one {@link StationWindow} on the primary stage. */
public final class StationApplication extends Application {

    static StationOptions options;

    private StationWindow window;

    @Override
    public void start(Stage stage) {
        window = StationWindow.open(options, stage);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
