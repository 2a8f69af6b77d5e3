package org.vigil.admin.audit;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * The audit trail as a FHIR R4 Bundle (type collection) of {@code AuditEvent}s. Each event names
 * Vigil's action in Vigil's own code system as its type, the actor as the requesting agent (with
 * the client address), Vigil as the observer, and the target as the entity; a read of patient
 * data also references the patient (role Patient) and is a RESTful read or query (action R or E).
 */
public final class AuditFhirBundle {

    static final String ACTION_SYSTEM = "urn:vigil:audit-action";
    static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";

    private final String serverUrl;

    public AuditFhirBundle(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    public Bundle of(List<AuditRow> rows) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION).setTimestamp(new Date());
        rows.forEach(r -> bundle.addEntry().setFullUrl("urn:uuid:" + r.id()).setResource(event(r)));
        return bundle;
    }

    AuditEvent event(AuditRow r) {
        AuditEvent e = new AuditEvent();
        e.setId(r.id().toString());
        boolean read = r.source() == AuditRow.Source.PATIENT_READS;
        e.setType(read ? new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "Restful Operation")
                : new Coding(ACTION_SYSTEM, r.action(), r.action()));
        if (read) {
            e.addSubtype(new Coding(ACTION_SYSTEM, r.action(), r.action()));
        }
        e.setAction(read ? (r.action().endsWith(".search") ? AuditEvent.AuditEventAction.E : AuditEvent.AuditEventAction.R)
                : AuditEvent.AuditEventAction.E);
        e.setRecorded(Date.from(r.at()));
        e.setOutcome(switch (r.outcome()) {
            case "SUCCESS" -> AuditEvent.AuditEventOutcome._0;
            case "DENIED" -> AuditEvent.AuditEventOutcome._4;
            default -> AuditEvent.AuditEventOutcome._8;
        });
        if (r.details() != null) {
            e.setOutcomeDesc(r.details());
        }
        AuditEvent.AuditEventAgentComponent agent = e.addAgent()
                .setWho(new Reference().setIdentifier(new Identifier().setSystem("urn:vigil:actor").setValue(r.actor())))
                .setRequestor(true);
        if (r.clientAddress() != null) {
            agent.setNetwork(new AuditEvent.AuditEventAgentNetworkComponent().setAddress(r.clientAddress())
                    .setType(AuditEvent.AuditEventAgentNetworkType._2));
        }
        e.getSource().setSite("Vigil").setObserver(new Reference().setDisplay("Vigil " + serverUrl))
                .addType(new Coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4", "Application Server"));
        if (r.target() != null) {
            AuditEvent.AuditEventEntityComponent entity = e.addEntity();
            if (r.target().startsWith("patient:")) {
                entity.setWhat(new Reference("Patient/" + r.target().substring("patient:".length())))
                        .setType(new Coding(ENTITY_TYPE, "1", "Person")).setRole(new Coding(OBJECT_ROLE, "1", "Patient"));
            } else {
                entity.setWhat(new Reference().setIdentifier(new Identifier().setSystem("urn:vigil:target").setValue(r.target())))
                        .setType(new Coding(ENTITY_TYPE, "2", "System Object"));
            }
        }
        return e;
    }
}
