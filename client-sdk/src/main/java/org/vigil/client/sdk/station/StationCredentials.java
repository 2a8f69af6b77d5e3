package org.vigil.client.sdk.station;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;

import org.vigil.client.sdk.authenticator.DeviceKey;
import org.vigil.client.sdk.ciba.CibaClient;
import org.vigil.client.sdk.device.PrivateKeyJwtAssertion;
import org.vigil.client.sdk.device.PrivateKeyJwtTokens;

/**
 * An enrolled station's calls as itself: its own access tokens (client credentials), the CIBA
 * client that asks for the tokens of the people who sign in at it, and revocation of those
 * tokens at sign-out, each authenticated with a fresh {@code private_key_jwt} assertion.
 */
public final class StationCredentials {

    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final EnrolledStation station;
    private final DeviceKey key;
    private final HttpClient http;
    private final Clock clock;
    private final PrivateKeyJwtTokens tokens;

    public StationCredentials(EnrolledStation station, DeviceKey key, HttpClient http, Clock clock) {
        this.station = station;
        this.key = key;
        this.http = http;
        this.clock = clock;
        this.tokens = new PrivateKeyJwtTokens(station.client(), key, http, clock);
    }

    public EnrolledStation station() {
        return station;
    }

    /** The station's own access token (cached until shortly before it expires). */
    public String stationToken() throws IOException, InterruptedException {
        return tokens.current();
    }

    public String renewStationToken(String refused) throws IOException, InterruptedException {
        return tokens.renew(refused);
    }

    /** CIBA in poll mode at the issuer's endpoints, a new assertion per request. */
    public CibaClient ciba() {
        String issuer = station.issuer().replaceAll("/+$", "");
        Supplier<ClientAuthentication> auth = () -> {
            try {
                return new PrivateKeyJWT(SignedJWT.parse(assertion()));
            } catch (java.text.ParseException e) {
                throw new IllegalStateException("the station's own assertion does not parse", e);
            }
        };
        return new CibaClient(URI.create(issuer + "/oidc/backchannel"), URI.create(station.tokenEndpoint()), auth);
    }

    /** RFC 7009: ends a person's login at this station (a refresh token ends the whole login). @return whether the server took it */
    public boolean revoke(String token) throws IOException, InterruptedException {
        String issuer = station.issuer().replaceAll("/+$", "");
        String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&client_assertion_type=" + URLEncoder.encode(ASSERTION_TYPE, StandardCharsets.UTF_8)
                + "&client_assertion=" + URLEncoder.encode(assertion(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oidc/revoke")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** For the issuer: the one audience every endpoint of the provider (token, backchannel, revocation) accepts. */
    private String assertion() {
        return PrivateKeyJwtAssertion.sign(station.clientId(), key, station.issuer(), clock.instant());
    }
}
