package org.vigil.api.push;

import java.io.IOException;
import java.io.StringReader;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import org.vigil.api.web.BoundedTextMessages;
import org.vigil.identity.application.AuthenticatorService;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.application.IssuerUrl;
import org.vigil.platform.problem.ProblemException;
import org.vigil.push.websocket.DeviceConnection;
import org.vigil.push.websocket.PushDevices;
import org.vigil.push.websocket.PushFrames;

/**
 * {@code /ws/push}: an enrolled device keeps it open to receive its push messages
 * (docs/push-protocol.md). The first frame authenticates with the same device assertion the REST
 * API takes, bound to {@code GET {issuer}/ws/push} — in a frame, not the URL, so it is never in an
 * access log. The endpoint lives in the WAR because Undertow deploys endpoints it finds in web
 * modules; the session registry and everything behind it are the push server's ({@code jms-push}).
 */
@ServerEndpoint("/ws/push")
public class PushEndpoint implements DeviceConnection {

    static final String PATH = "/ws/push";
    private static final long AUTHENTICATION_WINDOW_MS = 15_000;
    // a live device pings well within this; a dead one is dropped and gets its messages on reconnect
    private static final long IDLE_TIMEOUT_MS = 5 * 60_000;

    @EJB
    AuthenticatorService authenticators;

    @EJB
    PushDevices devices;

    @Inject
    IssuerUrl issuer;

    private final BoundedTextMessages messages = new BoundedTextMessages();
    private Session session;
    private DevicePrincipal device;

    @OnOpen
    public void open(Session session) {
        this.session = session;
        session.setMaxIdleTimeout(AUTHENTICATION_WINDOW_MS);
    }

    @OnMessage
    public void part(String part, boolean last) {
        messages.add(session, part, last).ifPresent(this::frame);
    }

    private void frame(String text) {
        JsonObject frame;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            frame = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            refuse("Frames are JSON objects.");
            return;
        }
        String type = string(frame, "type");
        if (device == null) {
            authenticate(type, frame);
        } else if ("ack".equals(type) && string(frame, "id") != null) {
            devices.acknowledged(device.authenticatorId().toString(), string(frame, "id"));
        } else if (!"ping".equals(type)) {
            refuse("Unknown frame; a device sends ack or ping.");
        }
    }

    private void authenticate(String type, JsonObject frame) {
        String assertion = string(frame, "assertion");
        if (!"authenticate".equals(type) || assertion == null) {
            refuse("The first frame must be {\"type\":\"authenticate\",\"assertion\":\"<device JWS>\"}.");
            return;
        }
        try {
            device = authenticators.authenticate(assertion, "GET", issuer.resolve(PATH));
        } catch (ProblemException e) {
            refuse(e.detail());
            return;
        }
        session.setMaxIdleTimeout(IDLE_TIMEOUT_MS);
        send(PushFrames.ready(device.authenticatorId().toString()));
        devices.connected(device.authenticatorId().toString(), this);
    }

    @Override
    public synchronized boolean send(String text) {
        if (session == null || !session.isOpen()) {
            return false;
        }
        try {
            session.getBasicRemote().sendText(text);
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    @Override
    public void close(String reason) {
        refuse(reason);
    }

    @OnClose
    public void closed() {
        forget();
    }

    @OnError
    public void failed(Throwable error) {
        forget();
    }

    private void forget() {
        if (device != null) {
            devices.disconnected(device.authenticatorId().toString(), this);
        }
    }

    private void refuse(String detail) {
        send(PushFrames.error(detail));
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "refused"));
        } catch (IOException e) {
            // closing anyway
        }
    }

    private static String string(JsonObject frame, String name) {
        return frame.get(name) instanceof JsonString s ? s.getString() : null;
    }
}
