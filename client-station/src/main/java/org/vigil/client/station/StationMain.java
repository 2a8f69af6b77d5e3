package org.vigil.client.station;

import javafx.application.Application;

/**
 * {@code java -jar vigil-station.jar ...}: not an {@link Application} itself, so that JavaFX starts
 * from the class path of a plain runnable jar.
 */
public final class StationMain {

    private StationMain() {
    }

    public static void main(String[] args) {
        try {
            StationApplication.options = StationOptions.parse(args, System.getenv("VIGIL_STATION_KEY_PASSWORD"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        Application.launch(StationApplication.class, args);
    }
}
