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

import org.vigil.care.application.StationFeedService;
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

    @OnOpen
    public void open(Session session) {
        // the hello must come soon; an idle unauthenticated socket is closed by the container
        session.setMaxIdleTimeout(30_000);
    }

    @OnMessage
    public void message(Session session, String text) throws IOException {
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
        Optional<UUID> station = station(hello.path("accessToken").asText());
        if (station.isEmpty()) {
            refuse(session, "not a monitoring station's valid token");
            return;
        }
        session.setMaxIdleTimeout(0);
        Long lastEventId = hello.path("lastEventId").canConvertToLong() ? hello.path("lastEventId").asLong() : null;
        feed.join(session, station.get(), lastEventId);
    }

    @OnClose
    public void close(Session session) {
        feed.leave(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        feed.leave(session);
    }

    private Optional<UUID> station(String token) {
        AccessTokenClaims claims;
        try {
            claims = verifier.verify(token);
        } catch (InvalidTokenException e) {
            return Optional.empty();
        }
        if (!claims.isClientItself() || !claims.hasRole("station")) {
            return Optional.empty();
        }
        return stations.stationOf(claims.clientId());
    }

    private static void refuse(Session session, String reason) throws IOException {
        session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, reason));
    }
}
