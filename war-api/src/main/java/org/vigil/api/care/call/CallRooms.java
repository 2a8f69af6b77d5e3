package org.vigil.api.care.call;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import com.fasterxml.jackson.databind.JsonNode;

import org.vigil.care.application.CallRefusedException;
import org.vigil.care.application.CallService;
import org.vigil.care.application.CallView;
import org.vigil.care.application.RingingCall;
import org.vigil.care.application.StationCaller;

/**
 * The signaling connections of this node and the calls between them. {@link CallService} decides
 * and records every step; this only finds the other party's connection and hands it the message.
 * Each step is its own transaction ({@code NOT_SUPPORTED} here), committed before either party is
 * told, so a gateway that answers at once finds the call it was told about.
 *
 * <p>A gateway has one connection (a new hello takes over from the old one); a call's station side
 * is the connection that rang, not any connection of the same station client. A connection that
 * closes hangs up its live calls, so the other side learns within the close's round trip.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallRooms {

    private static final Logger LOG = Logger.getLogger(CallRooms.class.getName());

    @EJB
    CallService calls;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Session> gateways = new ConcurrentHashMap<>();
    private final Map<UUID, Session> callingStations = new ConcurrentHashMap<>();
    private final Map<Session, Set<UUID>> callsOf = new ConcurrentHashMap<>();

    @PostConstruct
    void noCallOutlivesItsConnections() {
        // signaling state lives in this node's memory: calls left live by a previous run have lost their connections
        int ended = calls.endAllLive();
        if (ended > 0) {
            LOG.info(() -> ended + " call(s) left live by the previous run ended");
        }
        // the listener closes a connection it read nothing from for 90 s; the peers' pongs are that read
        scheduler.scheduleAtFixedRate(this::ping, 30, 30, TimeUnit.SECONDS);
    }

    private void ping() {
        callsOf.keySet().forEach(session -> {
            try {
                if (session.isOpen()) {
                    session.getAsyncRemote().sendPing(java.nio.ByteBuffer.allocate(0));
                }
            } catch (IOException | RuntimeException e) {
                // a connection that cannot be pinged is closing; its close ends its calls
            }
        });
    }

    public void join(Session session, CallConnection connection) {
        connection.attachTo(session);
        callsOf.put(session, ConcurrentHashMap.newKeySet());
        if (!connection.isStation()) {
            Session previous = gateways.put(connection.clientId(), session);
            if (previous != null && previous != session) {
                close(previous, "another connection of this gateway took over");
            }
        }
        send(session, CallMessages.ready(connection));
    }

    public void handle(Session session, CallConnection me, JsonNode message) {
        String type = message.path("type").asText();
        String callText = message.path("callId").isTextual() ? message.path("callId").asText() : null;
        try {
            if ("call".equals(type)) {
                ring(session, me, message);
                return;
            }
            UUID callId = callId(callText);
            switch (type) {
                case "accept" -> answered(calls.accept(callId, me.clientId()));
                case "decline" -> answered(calls.decline(callId, me.clientId()));
                case "hangup" -> ended(calls.hangUp(callId, me.clientId()));
                case "turn" -> send(session, CallMessages.turn(callText, calls.turnCredentials(callId, me.clientId())));
                case "offer", "answer", "candidate" -> relay(session, me, callId, message);
                default -> throw new CallRefusedException("unknown-type", "a message's type is call, accept, decline, hangup, turn, offer, "
                        + "answer or candidate");
            }
        } catch (CallRefusedException e) {
            send(session, CallMessages.refused(type, e.code(), e.getMessage(), callText));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a " + type + " message failed", e);
            send(session, CallMessages.refused(type, "failed", "the server could not handle this message; try again", callText));
        }
    }

    public void leave(Session session) {
        Set<UUID> mine = callsOf.remove(session);
        CallConnection.of(session).filter(c -> !c.isStation()).ifPresent(c -> gateways.remove(c.clientId(), session));
        if (mine == null) {
            return;
        }
        CallConnection me = CallConnection.of(session).orElseThrow();
        for (UUID callId : mine) {
            try {
                ended(calls.hangUp(callId, me.clientId()));
            } catch (CallRefusedException e) {
                // already over
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not end call " + callId + " of a closed connection", e);
            }
        }
    }

    private void ring(Session session, CallConnection me, JsonNode message) {
        if (!me.isStation()) {
            throw new CallRefusedException("not-a-station", "only a monitoring station may call");
        }
        UUID patientId = uuid(message.path("patientId").asText(), "patientId");
        RingingCall ringing = calls.ring(new StationCaller(me.clientId(), me.personAccountId(), me.personRole(), me.address()), patientId,
                gateway -> Optional.ofNullable(gateways.get(gateway)).filter(Session::isOpen).isPresent());
        CallView call = ringing.call();
        callingStations.put(call.id(), session);
        callsOf.get(session).add(call.id());
        Session gateway = gateways.get(call.gatewayClientId());
        if (gateway != null) {
            callsOf.getOrDefault(gateway, ConcurrentHashMap.newKeySet()).add(call.id());
            send(gateway, CallMessages.ring("incoming", ringing, me.personName(), calls.turnCredentials(call.id(), call.gatewayClientId())));
        }
        send(session, CallMessages.ring("ringing", ringing, me.personName(), calls.turnCredentials(call.id(), call.stationClientId())));
        long delay = calls.ringTime().toMillis() + 200;
        scheduler.schedule(() -> calls.missIfUnanswered(call.id()).ifPresent(this::ended), delay, TimeUnit.MILLISECONDS);
    }

    private void relay(Session session, CallConnection me, UUID callId, JsonNode message) {
        CallView call = calls.liveCallOf(callId, me.clientId());
        if (me.isStation() && callingStations.get(callId) != session) {
            throw new CallRefusedException("not-a-party", "this connection is not a party to that call");
        }
        String relayed = CallMessages.relayed(message, me.isStation() ? "station" : "gateway")
                .orElseThrow(() -> new CallRefusedException("invalid-message", "an offer or answer carries sdp, a candidate carries candidate"));
        Session other = me.isStation() ? gateways.get(call.gatewayClientId()) : callingStations.get(callId);
        if (other == null || !other.isOpen()) {
            throw new CallRefusedException("party-gone", "the other party is not connected");
        }
        send(other, relayed);
    }

    private void answered(CallView call) {
        tellBoth(call);
        if (!call.live()) {
            forget(call.id());
        }
    }

    private void ended(CallView call) {
        tellBoth(call);
        forget(call.id());
    }

    private void tellBoth(CallView call) {
        String step = CallMessages.step(call);
        Optional.ofNullable(callingStations.get(call.id())).ifPresent(s -> send(s, step));
        Optional.ofNullable(gateways.get(call.gatewayClientId())).ifPresent(s -> send(s, step));
    }

    private void forget(UUID callId) {
        Session station = callingStations.remove(callId);
        if (station != null) {
            Optional.ofNullable(callsOf.get(station)).ifPresent(set -> set.remove(callId));
        }
        callsOf.values().forEach(set -> set.remove(callId));
    }

    private static UUID callId(String text) {
        return uuid(text, "callId");
    }

    private static UUID uuid(String text, String field) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CallRefusedException("invalid-message", field + " must be a UUID");
        }
    }

    private static void send(Session session, String text) {
        if (session.isOpen()) {
            session.getAsyncRemote().sendText(text);
        }
    }

    private static void close(Session session, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, reason));
        } catch (IOException e) {
            // gone either way
        }
    }
}
