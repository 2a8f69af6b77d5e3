package org.vigil.client.gateway;

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

import org.vigil.client.gateway.upload.DeviceTokenSource;
import org.vigil.client.gateway.upload.TokenSource;
import org.vigil.client.sdk.authenticator.DeviceKey;
import org.vigil.client.sdk.authenticator.Pkcs12DeviceKeyStore;
import org.vigil.client.sdk.device.DeviceClientEnrollment;
import org.vigil.client.sdk.device.EnrolledDeviceClient;
import org.vigil.client.sdk.device.PrivateKeyJwtTokens;

/**
 * Who this gateway is to the server: a key made here ({@code gateway.p12}, never copied
 * anywhere) and the client it was enrolled as ({@code client.properties}), both in the gateway's
 * data directory.
 */
public final class GatewayIdentity {

    private static final String KEYSTORE = "gateway.p12";
    private static final String STATE = "client.properties";

    private GatewayIdentity() {
    }

    static EnrolledDeviceClient enroll(URI server, String code, Path dir, char[] password) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        DeviceKey key = new Pkcs12DeviceKeyStore(dir.resolve(KEYSTORE), password).generate();
        EnrolledDeviceClient enrolled = DeviceClientEnrollment.enroll(server, code, key, HttpClient.newHttpClient(), Clock.systemUTC());
        Properties state = new Properties();
        state.setProperty("client-id", enrolled.clientId());
        state.setProperty("role", enrolled.role());
        state.setProperty("issuer", enrolled.issuer());
        state.setProperty("token-endpoint", enrolled.tokenEndpoint());
        try (Writer out = Files.newBufferedWriter(dir.resolve(STATE))) {
            state.store(out, "This gateway's enrollment; its key is in " + KEYSTORE);
        }
        return enrolled;
    }

    /** The enrolled gateway's token source, or empty when this gateway was never enrolled. */
    public static Optional<TokenSource> tokens(Path dir, char[] password) throws IOException {
        Path statePath = dir.resolve(STATE);
        if (!Files.exists(statePath)) {
            return Optional.empty();
        }
        Properties state = new Properties();
        try (Reader in = Files.newBufferedReader(statePath)) {
            state.load(in);
        }
        DeviceKey key = new Pkcs12DeviceKeyStore(dir.resolve(KEYSTORE), password).find()
                .orElseThrow(() -> new IOException(KEYSTORE + " is missing from " + dir + ": enroll the gateway again"));
        EnrolledDeviceClient client = new EnrolledDeviceClient(state.getProperty("client-id"), state.getProperty("role"),
                state.getProperty("issuer"), state.getProperty("token-endpoint"));
        return Optional.of(new DeviceTokenSource(new PrivateKeyJwtTokens(client, key, HttpClient.newHttpClient(), Clock.systemUTC())));
    }
}
