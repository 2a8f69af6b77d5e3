package org.vigil.care.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * A read of patient data as a FHIR R4 {@code AuditEvent} in the shape of IHE Basic Audit Log
 * Patterns (BALP) "Patient Read" / "Patient Query": a RESTful read (action R) or search
 * (action E), the client application and the server as agents with their DICOM roles, the user
 * as the requesting agent, Vigil as the observer, the patient as a Person entity in role
 * Patient, and what was read (a resource, or the base64 query of a search).
 *
 * <p>The BALP profile is not claimed in {@code meta.profile}: its definitions are not bundled
 * with the R4 validator, so the events are validated against base R4 only.
 */
public final class FhirAuditEventMapper {

    static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
    static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";

    private final String serverName;
    private final String serverUrl;

    public FhirAuditEventMapper(String serverName, String serverUrl) {
        this.serverName = serverName;
        this.serverUrl = serverUrl;
    }

    public AuditEvent toFhir(PatientDataAccess access) {
        AuditEvent e = new AuditEvent();
        e.setId(access.id().toString());
        e.setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "Restful Operation"));
        e.addSubtype(access.search()
                ? new Coding("http://hl7.org/fhir/restful-interaction", "search-type", "search type")
                : new Coding("http://hl7.org/fhir/restful-interaction", "read", "read"));
        e.setAction(access.search() ? AuditEvent.AuditEventAction.E : AuditEvent.AuditEventAction.R);
        e.setRecorded(Date.from(access.at()));
        e.setOutcome(access.succeeded() ? AuditEvent.AuditEventOutcome._0 : AuditEvent.AuditEventOutcome._4);

        e.addAgent()
                .setType(concept(DICOM, "110153", "Source Role ID"))
                .setWho(new Reference().setIdentifier(new Identifier().setValue(access.clientId())))
                .setRequestor(false)
                .setNetwork(new AuditEvent.AuditEventAgentNetworkComponent().setAddress(access.clientAddress())
                        .setType(AuditEvent.AuditEventAgentNetworkType._2));
        e.addAgent()
                .setType(concept(DICOM, "110152", "Destination Role ID"))
                .setWho(new Reference().setDisplay(serverName))
                .setRequestor(false)
                .setNetwork(new AuditEvent.AuditEventAgentNetworkComponent().setAddress(serverUrl)
                        .setType(AuditEvent.AuditEventAgentNetworkType._5));
        e.addAgent()
                .setType(concept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient"))
                .setWho(new Reference().setIdentifier(new Identifier().setValue(access.actorId())).setDisplay(access.actorName()))
                .setRequestor(true);

        e.getSource().setSite(serverName)
                .setObserver(new Reference().setDisplay(serverName))
                .addType(new Coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4", "Application Server"));

        e.addEntity()
                .setWhat(FhirObservationMapper.patient(access.patientId()))
                .setType(new Coding(ENTITY_TYPE, "1", "Person"))
                .setRole(new Coding(OBJECT_ROLE, "1", "Patient"));
        AuditEvent.AuditEventEntityComponent data = e.addEntity().setType(new Coding(ENTITY_TYPE, "2", "System Object"));
        if (access.search()) {
            data.setRole(new Coding(OBJECT_ROLE, "24", "Query")).setQuery(access.what().getBytes(StandardCharsets.UTF_8));
        } else {
            data.setRole(new Coding(OBJECT_ROLE, "4", "Domain Resource")).setWhat(new Reference(access.what()));
        }
        return e;
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }
}
