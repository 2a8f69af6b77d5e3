package org.vigil.it.support;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.ciba.CIBARequestAcknowledgement;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.Tokens;

import org.vigil.client.sdk.ciba.CibaClient;

/**
 * A monitoring station that signs doctors and nurses in by CIBA (a first-party client with a
 * secret, client credentials and CIBA poll), registered as a station by an admin; and the people
 * it signs in, each with an enrolled test device that approves the station's request.
 */
public final class CallingStation {

    private static final String CIBA = "urn:openid:params:grant-type:ciba";

    /** A person with a staff role and the device that approves sign-ins. */
    public record Staff(String accountId, String email, TestDevice device) {
    }

    private final CareWorld world;
    private final String clientId;
    private final String secret;
    private final String stationId;

    private CallingStation(CareWorld world, String clientId, String secret, String stationId) {
        this.world = world;
        this.clientId = clientId;
        this.secret = secret;
        this.stationId = stationId;
    }

    public static CallingStation register(CareWorld world, String name) {
        JsonNode client = world.oidc().register(Map.of("clientId", "station-" + UUID.randomUUID(), "name", name,
                "tokenEndpointAuthMethod", "client_secret_basic", "grantTypes", List.of("client_credentials", CIBA), "roles", List.of("station"),
                "firstParty", true, "backchannelTokenDeliveryMode", "poll"));
        String clientId = client.get("clientId").asText();
        DeviceClient asDevice = new DeviceClient(clientId, null);
        return new CallingStation(world, clientId, client.get("clientSecret").asText(), world.station(asDevice, name));
    }

    /** Signs a person up, enrolls a device and grants the role. */
    public static Staff staff(WildFlyServer server, MailCatcher mail, CareWorld world, String role) {
        return staff(server, mail, world, role, "Anna", "Muster");
    }

    /** The same, in the name given (the gateway's kiosk shows who calls). */
    public static Staff staff(WildFlyServer server, MailCatcher mail, CareWorld world, String role, String firstName, String lastName) {
        SignUps.Person person = SignUps.Person.random();
        SignUps.Account account = SignUps.level1Account(server, mail, person, firstName, lastName);
        TestDevice device = new TestDevice(server);
        HttpResponse<String> enrolled = device.enroll(account.enrollmentCode(), "phone");
        if (enrolled.statusCode() != 201) {
            throw new AssertionError("device not enrolled: " + enrolled.body());
        }
        HttpResponse<String> granted = world.admin("PUT", "/api/v1/admin/accounts/" + account.id() + "/roles/" + role, null);
        if (granted.statusCode() != 200) {
            throw new AssertionError("role not granted: " + granted.body());
        }
        return new Staff(account.id(), person.email(), device);
    }

    public String clientId() {
        return clientId;
    }

    public String stationId() {
        return stationId;
    }

    /** The station's own client-credentials token. */
    public String token() {
        HttpResponse<String> issued = world.oidc().tokenRequest(Map.of("grant_type", "client_credentials"), Oidc.basic(clientId, secret));
        if (issued.statusCode() != 200) {
            throw new AssertionError("no station token: " + issued.body());
        }
        return Json.parse(issued.body()).get("access_token").asText();
    }

    /** The person's token for this station, by CIBA: the station asks, the person's device approves. */
    public String signIn(Staff person) {
        try {
            CibaClient ciba = CibaClient.forIssuer(world.oidc().issuer(), new ClientSecretBasic(new ClientID(clientId), new Secret(secret)));
            String binding = "Station call " + System.nanoTime() % 100_000;
            CIBARequestAcknowledgement ack = ciba.start(ciba.request(new Scope("openid")).loginHint(person.email()).bindingMessage(binding).build());
            CompletableFuture<Tokens> polled = CompletableFuture.supplyAsync(() -> {
                try {
                    return ciba.poll(ack);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            JsonNode request = person.device().awaitRequest(binding, Duration.ofSeconds(30));
            HttpResponse<String> decided = person.device().decide(request, "approve");
            if (decided.statusCode() != 204) {
                throw new AssertionError("not approved: " + decided.body());
            }
            return polled.get(60, TimeUnit.SECONDS).getAccessToken().getValue();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
