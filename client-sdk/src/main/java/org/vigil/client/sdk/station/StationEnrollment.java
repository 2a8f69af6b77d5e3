package org.vigil.client.sdk.station;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;

import org.vigil.client.sdk.authenticator.DeviceKey;
import org.vigil.client.sdk.device.DeviceClientEnrollment;

/** A station enrolls as any device does (the admin's one-time code, proof of its key), and learns its mode and name. */
public final class StationEnrollment {

    private StationEnrollment() {
    }

    /** @throws org.vigil.client.sdk.VigilApiException the code is unknown, used or expired, or the proof was refused */
    public static EnrolledStation enroll(URI server, String code, DeviceKey key, HttpClient http, Clock clock)
            throws IOException, InterruptedException {
        EnrolledStation enrolled = DeviceClientEnrollment.enroll(server, code, key, http, clock, EnrolledStation.class);
        if (!"station".equals(enrolled.role())) {
            throw new IOException("this code enrolls a " + enrolled.role() + ", not a station");
        }
        return enrolled;
    }
}
