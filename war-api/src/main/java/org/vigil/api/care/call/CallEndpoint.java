package org.vigil.api.care.call;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import com.fasterxml.jackson.databind.JsonNode;

import org.vigil.api.care.live.StaffAtStation;
import org.vigil.api.web.BoundedTextMessages;
import org.vigil.care.application.CallService;
import org.vigil.care.application.StationFeedService;
import org.vigil.identity.application.AccountLookup;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.identity.oidc.AccessTokenVerifier;
import org.vigil.identity.oidc.InvalidTokenException;

/**
 * {@code /ws/call}: video call signaling between a monitoring station and a patient's gateway.
 * The first message authenticates, as on {@code /ws/station}:
 * {@code {"type":"hello","accessToken":"...","personToken":"..."}} with a station's own token
 * (role {@code station}, registered station) and, to be able to call, the token of the doctor or
 * nurse signed in at it (obtained by the station by CIBA, see {@link StaffAtStation}); or with a
 * gateway's own token (role {@code gateway}, enrolled for a patient). Anything else closes with
 * 1008. Then the station sends {@code call}, the gateway {@code accept}/{@code decline}, either
 * {@code offer}/{@code answer}/{@code candidate} (relayed to the other party only), {@code turn}
 * (fresh TURN credentials) and {@code hangup}. Refused requests are answered with
 * {@code refused} and a code; the connection stays. See {@link CallRooms} and README, Video calls.
 */
@ServerEndpoint("/ws/call")
public class CallEndpoint {

    @Inject
    AccessTokenVerifier verifier;

    @EJB
    StationFeedService stations;

    @EJB
    CallService calls;

    @EJB
    CallRooms rooms;

    @EJB
    AuditTrail audit;

    @EJB
    AccountLookup accounts;

    private final BoundedTextMessages messages = new BoundedTextMessages();

    @OnOpen
    public void open(Session session) {
        // the hello must come soon; an idle unauthenticated socket is closed by the container
        session.setMaxIdleTimeout(30_000);
    }

    @OnMessage
    public void part(Session session, String part, boolean last) throws IOException {
        Optional<String> message = messages.add(session, part, last);
        if (message.isPresent()) {
            message(session, message.get());
        }
    }

    private void message(Session session, String text) throws IOException {
        JsonNode json;
        try {
            json = CallMessages.JSON.readTree(text);
        } catch (IOException e) {
            refuse(session, "not JSON");
            return;
        }
        if (json == null || !json.isObject()) {
            refuse(session, "not a JSON object");
            return;
        }
        Optional<CallConnection> me = CallConnection.of(session);
        if (me.isPresent()) {
            rooms.handle(session, me.get(), json);
            return;
        }
        if (!"hello".equals(json.path("type").asText()) || !json.path("accessToken").isTextual()) {
            refuse(session, "the first message must be a hello with an access token");
            return;
        }
        Optional<CallConnection> connection = authenticate(json, address(session));
        if (connection.isEmpty()) {
            refuse(session, "not a station's (with a doctor's or nurse's token obtained by it) or a gateway's valid token");
            return;
        }
        // calls are long and quiet on this socket; CallRooms pings every 30 s, and the peers' pongs keep it open
        session.setMaxIdleTimeout(0);
        rooms.join(session, connection.get());
    }

    private Optional<CallConnection> authenticate(JsonNode hello, String address) {
        Optional<AccessTokenClaims> device = verified(hello.path("accessToken").asText()).filter(AccessTokenClaims::isClientItself);
        if (device.isEmpty()) {
            return Optional.empty();
        }
        String clientId = device.get().clientId();
        if (device.get().hasRole("gateway")) {
            return calls.patientOfGateway(clientId).map(patient -> CallConnection.gateway(clientId, patient, address));
        }
        if (!device.get().hasRole("station") || stations.stationOf(clientId).isEmpty()) {
            return Optional.empty();
        }
        if (!hello.has("personToken")) {
            return Optional.of(CallConnection.station(clientId, Optional.empty(), Optional.empty(), Optional.empty(), address));
        }
        Optional<AccessTokenClaims> person = hello.path("personToken").isTextual() ? verified(hello.path("personToken").asText()) : Optional.empty();
        Optional<UUID> account = person.flatMap(p -> StaffAtStation.signedIn(p, clientId));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String role = person.get().hasRole("doctor") ? "doctor" : "nurse";
        audit.record("account:" + account.get(), "station.sign-in", "station:" + stations.stationOf(clientId).get(), AuditEvent.Outcome.SUCCESS,
                address, "client " + clientId + " (calls)");
        // the patient is shown who calls by name: the account's name as KYC established it, looked up once per sign-in
        Optional<String> name = accounts.account(account.get()).map(a -> (a.firstName() + " " + a.lastName()).strip()).filter(n -> !n.isEmpty());
        return Optional.of(CallConnection.station(clientId, account, Optional.of(role), name, address));
    }

    @OnClose
    public void close(Session session) {
        rooms.leave(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        rooms.leave(session);
    }

    private Optional<AccessTokenClaims> verified(String token) {
        try {
            return Optional.of(verifier.verify(token));
        } catch (InvalidTokenException e) {
            return Optional.empty();
        }
    }

    private static String address(Session session) {
        Object remote = session.getUserProperties().get("jakarta.websocket.endpoint.remoteAddress");
        return remote instanceof InetSocketAddress a ? a.getAddress().getHostAddress() : null;
    }

    private static void refuse(Session session, String reason) throws IOException {
        session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason));
    }
}
