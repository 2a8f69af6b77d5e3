package org.vigil.api.care.live;

import java.io.IOException;
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
import com.fasterxml.jackson.databind.ObjectMapper;

import org.vigil.api.web.BoundedTextMessages;
import org.vigil.care.application.StationFeedService;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.identity.oidc.AccessTokenVerifier;
import org.vigil.identity.oidc.InvalidTokenException;

/**
 * {@code /ws/station}: a monitoring station's live feed. The station's first message
 * authenticates it, {@code {"type":"hello","accessToken":"...","lastEventId":123}} (lastEventId
 * optional), with its own client-credentials token of role {@code station}; a browser cannot set
 * headers on a WebSocket handshake, and a token in the URL would end up in access logs. It then
 * receives what it missed after {@code lastEventId}, a {@code ready} message, and from then on
 * the observations and alerts of the patients assigned to it, live (see {@link LiveFeed}).
 * Anything else closes the connection with 1008 (policy violation).
 *
 * <p>A doctor or nurse signs in at the station by adding {@code "personToken"} to the hello: an
 * access token the station obtained for that person by CIBA (see {@link StaffAtStation}). The
 * station still sees what its assignments give it; the sign-in is written to the audit trail. A
 * person token that does not qualify refuses the whole hello.
 */
@ServerEndpoint("/ws/station")
public class StationEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AccessTokenVerifier verifier;

    @EJB
    StationFeedService stations;

    @EJB
    LiveFeed feed;

    @EJB
    AuditTrail audit;

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
        if (feed.watching(session)) {
            return; // stations only listen once authenticated
        }
        JsonNode hello;
        try {
            hello = JSON.readTree(text);
        } catch (IOException e) {
            refuse(session, "not JSON");
            return;
        }
        if (hello == null || !"hello".equals(hello.path("type").asText()) || !hello.path("accessToken").isTextual()) {
            refuse(session, "the first message must be a hello with an access token");
            return;
        }
        Optional<AccessTokenClaims> stationClaims = verified(hello.path("accessToken").asText())
                .filter(c -> c.isClientItself() && c.hasRole("station"));
        Optional<UUID> station = stationClaims.flatMap(c -> stations.stationOf(c.clientId()));
        if (station.isEmpty()) {
            refuse(session, "not a monitoring station's valid token");
            return;
        }
        Optional<UUID> person = Optional.empty();
        if (hello.has("personToken")) {
            person = hello.path("personToken").isTextual() ? verified(hello.path("personToken").asText())
                    .flatMap(c -> StaffAtStation.signedIn(c, stationClaims.get().clientId())) : Optional.empty();
            if (person.isEmpty()) {
                refuse(session, "not a doctor's or nurse's valid token obtained by this station");
                return;
            }
            audit.record("account:" + person.get(), "station.sign-in", "station:" + station.get(), AuditEvent.Outcome.SUCCESS, null,
                    "client " + stationClaims.get().clientId());
        }
        session.setMaxIdleTimeout(0);
        Long lastEventId = hello.path("lastEventId").canConvertToLong() ? hello.path("lastEventId").asLong() : null;
        feed.join(session, station.get(), stationClaims.get().clientId(), lastEventId, person);
    }

    @OnClose
    public void close(Session session) {
        feed.leave(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        feed.leave(session);
    }

    private Optional<AccessTokenClaims> verified(String token) {
        try {
            return Optional.of(verifier.verify(token));
        } catch (InvalidTokenException e) {
            return Optional.empty();
        }
    }

    private static void refuse(Session session, String reason) throws IOException {
        session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason));
    }
}
