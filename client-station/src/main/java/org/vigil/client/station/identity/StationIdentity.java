package org.vigil.client.station.identity;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;

import org.vigil.client.sdk.authenticator.DeviceKey;
import org.vigil.client.sdk.authenticator.Pkcs12DeviceKeyStore;
import org.vigil.client.sdk.station.EnrolledStation;
import org.vigil.client.sdk.station.StationCredentials;
import org.vigil.client.sdk.station.StationEnrollment;

/**
 * Who this station is to the server: a key made here ({@code station.p12}, never copied) and the
 * client it was enrolled as ({@code station.properties}), both in the station's directory.
 */
public final class StationIdentity {

    private static final String KEYSTORE = "station.p12";
    private static final String STATE = "station.properties";

    private StationIdentity() {
    }

    /** Makes the key, enrolls with the admin's one-time code, remembers the answer. */
    public static StationCredentials enroll(URI server, String code, Path dir, char[] password) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(KEYSTORE));
        DeviceKey key = new Pkcs12DeviceKeyStore(dir.resolve(KEYSTORE), password).generate();
        HttpClient http = HttpClient.newHttpClient();
        EnrolledStation enrolled = StationEnrollment.enroll(server, code, key, http, Clock.systemUTC());
        Properties state = new Properties();
        state.setProperty("server", server.toString());
        state.setProperty("client-id", enrolled.clientId());
        state.setProperty("issuer", enrolled.issuer());
        state.setProperty("token-endpoint", enrolled.tokenEndpoint());
        state.setProperty("mode", enrolled.stationMode());
        state.setProperty("name", enrolled.stationName());
        if (enrolled.stationId() != null) {
            state.setProperty("station-id", enrolled.stationId());
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve(STATE))) {
            state.store(out, "This station's enrollment; its key is in " + KEYSTORE);
        }
        return new StationCredentials(enrolled, key, http, Clock.systemUTC());
    }

    /** The enrolled station, or empty when it was never enrolled here. */
    public static Optional<Enrolled> load(Path dir, char[] password) throws IOException {
        Path statePath = dir.resolve(STATE);
        if (!Files.exists(statePath)) {
            return Optional.empty();
        }
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(statePath)) {
            state.load(in);
        }
        DeviceKey key = new Pkcs12DeviceKeyStore(dir.resolve(KEYSTORE), password).find()
                .orElseThrow(() -> new IOException(KEYSTORE + " is missing from " + dir + ": enroll the station again"));
        EnrolledStation station = new EnrolledStation(state.getProperty("client-id"), "station", state.getProperty("issuer"),
                state.getProperty("token-endpoint"), state.getProperty("station-id"), state.getProperty("mode"), state.getProperty("name"));
        return Optional.of(new Enrolled(URI.create(state.getProperty("server")),
                new StationCredentials(station, key, HttpClient.newHttpClient(), Clock.systemUTC())));
    }

    /** An enrolled station: the server it belongs to and its credentials. */
    public record Enrolled(URI server, StationCredentials credentials) {
    }
}
