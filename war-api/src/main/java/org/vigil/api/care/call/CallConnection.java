package org.vigil.api.care.call;

import java.util.Optional;
import java.util.UUID;

import jakarta.websocket.Session;

/**
 * Who is at the other end of a {@code /ws/call} connection once its hello was accepted: a station
 * (its OAuth client, and the doctor or nurse signed in at it, if anyone, with the name the patient
 * is shown) or a patient's gateway (its OAuth client and its patient).
 */
public record CallConnection(Kind kind, String clientId, Optional<UUID> personAccountId, Optional<String> personRole, Optional<String> personName,
        Optional<UUID> patientId, String address) {

    enum Kind { STATION, GATEWAY }

    private static final String PROPERTY = "vigil.call.connection";

    /** Who the connection authenticated as, once its hello was accepted. */
    static Optional<CallConnection> of(Session session) {
        return Optional.ofNullable((CallConnection) session.getUserProperties().get(PROPERTY));
    }

    void attachTo(Session session) {
        session.getUserProperties().put(PROPERTY, this);
    }

    static CallConnection station(String clientId, Optional<UUID> person, Optional<String> role, Optional<String> name, String address) {
        return new CallConnection(Kind.STATION, clientId, person, role, name, Optional.empty(), address);
    }

    static CallConnection gateway(String clientId, UUID patientId, String address) {
        return new CallConnection(Kind.GATEWAY, clientId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(patientId), address);
    }

    boolean isStation() {
        return kind == Kind.STATION;
    }
}
