package org.vigil.client.station;

import java.net.URI;
import java.nio.file.Path;

import org.vigil.client.sdk.station.StationCredentials;
import org.vigil.client.station.identity.StationIdentity;
import org.vigil.client.station.signin.Refusals;

/**
 * Enrolls a station without opening a window (an installer or the demo script):
 * {@code vigil-station-enroll --server URL --code CODE --dir DIR}, password in
 * {@code VIGIL_STATION_KEY_PASSWORD}. The window's enrollment screen does the same.
 */
public final class StationEnrollMain {

    static final String USAGE = "usage: vigil-station-enroll --server URL --code CODE --dir DIR   (VIGIL_STATION_KEY_PASSWORD set)";

    private StationEnrollMain() {
    }

    public static void main(String[] args) throws Exception {
        URI server = null;
        String code = null;
        Path dir = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--server" -> server = URI.create(args[i + 1].replaceAll("/+$", ""));
                case "--code" -> code = args[i + 1];
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> fail("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        String password = System.getenv("VIGIL_STATION_KEY_PASSWORD");
        if (server == null || code == null || dir == null || args.length % 2 != 0 || password == null || password.isEmpty()) {
            fail(USAGE);
        }
        try {
            StationCredentials c = StationIdentity.enroll(server, code, dir, password.toCharArray());
            System.out.println("Enrolled " + c.station().stationName() + " (" + c.station().stationMode() + " station) as " + c.station().clientId());
        } catch (Exception e) {
            fail("Enrollment refused: " + Refusals.of(e));
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
