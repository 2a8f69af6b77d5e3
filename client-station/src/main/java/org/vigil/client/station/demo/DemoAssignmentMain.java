package org.vigil.client.station.demo;

import java.nio.file.Path;

import org.vigil.client.sdk.care.CareClient;
import org.vigil.client.station.identity.StationIdentity;
import org.vigil.client.station.signin.PersonSession;
import org.vigil.client.station.signin.Refusals;
import org.vigil.client.station.signin.SignIn;

/**
 * The demo's supervisor at work without a window: signs in at the enrolled supervisor station in
 * {@code --dir} by CIBA (the demo script approves on the supervisor's CLI authenticator), assigns
 * {@code --patient} to {@code --station} with a reason, and signs out (tokens revoked). Used by
 * {@code ./vigil station doctor} so that the doctor's station has the demo patient from the start.
 */
public final class DemoAssignmentMain {

    private DemoAssignmentMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 8) {
            System.err.println("usage: demo-assign --dir SUPERVISOR_STATION_DIR --login EMAIL --patient ID --station ID");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        String login = args[3];
        String patient = args[5];
        String station = args[7];
        var enrolled = StationIdentity.load(dir, System.getenv("VIGIL_STATION_KEY_PASSWORD").toCharArray())
                .orElseThrow(() -> new IllegalStateException("no supervisor station enrolled in " + dir));
        try {
            String words = SignIn.bindingMessage(enrolled.credentials().station().stationName());
            PersonSession supervisor = new SignIn(enrolled.credentials()).run(login, words,
                    shown -> System.out.println("Approve on the supervisor's authenticator: " + shown));
            try {
                new CareClient(enrolled.server()).assign(supervisor.accessToken(), patient, station, "demo: the demo patient on the demo ward");
                System.out.println("The demo patient is assigned to the demo ward.");
            } finally {
                supervisor.refreshToken().ifPresent(t -> {
                    try {
                        enrolled.credentials().revoke(t);
                    } catch (Exception ignored) {
                        // the demo goes on; the token expires
                    }
                });
                enrolled.credentials().revoke(supervisor.accessToken());
            }
        } catch (Exception e) {
            System.err.println("Not assigned: " + Refusals.of(e));
            System.exit(1);
        }
    }
}
