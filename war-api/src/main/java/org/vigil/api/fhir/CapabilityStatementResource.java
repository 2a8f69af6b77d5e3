package org.vigil.api.fhir;

import java.util.Date;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceInteractionComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations;

/** What this server does ({@code GET /fhir/metadata}, open to all as FHIR expects): read and search, JSON only. */
@Path("/metadata")
@Produces({FhirResourceWriter.FHIR_JSON, MediaType.APPLICATION_JSON})
public class CapabilityStatementResource {

    @GET
    public CapabilityStatement capabilities() {
        CapabilityStatement c = new CapabilityStatement();
        c.setStatus(Enumerations.PublicationStatus.ACTIVE).setDate(new Date()).setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE)
                .setFhirVersion(Enumerations.FHIRVersion._4_0_1).addFormat("json");
        c.getSoftware().setName("Vigil");
        CapabilityStatement.CapabilityStatementRestComponent rest = c.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setDescription("OAuth 2.0 bearer access tokens from Vigil's OpenID provider; reads are limited to the patient, "
                + "their care team and assigned stations, and every read is audited.");
        CapabilityStatement.CapabilityStatementRestResourceComponent patient = rest.addResource().setType("Patient");
        patient.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.READ));
        patient.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.SEARCHTYPE));
        patient.addSearchParam().setName("_id").setType(Enumerations.SearchParamType.TOKEN);
        CapabilityStatement.CapabilityStatementRestResourceComponent observation = rest.addResource().setType("Observation");
        observation.addSupportedProfile("http://hl7.org/fhir/StructureDefinition/vitalsigns");
        observation.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.READ));
        observation.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.SEARCHTYPE));
        observation.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE);
        observation.addSearchParam().setName("code").setType(Enumerations.SearchParamType.TOKEN);
        observation.addSearchParam().setName("category").setType(Enumerations.SearchParamType.TOKEN);
        observation.addSearchParam().setName("date").setType(Enumerations.SearchParamType.DATE);
        CapabilityStatement.CapabilityStatementRestResourceComponent audit = rest.addResource().setType("AuditEvent");
        audit.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.SEARCHTYPE));
        audit.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE);
        CapabilityStatement.CapabilityStatementRestResourceComponent prescriptions = rest.addResource().setType("MedicationRequest");
        prescriptions.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.READ));
        prescriptions.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.SEARCHTYPE));
        prescriptions.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE);
        return c;
    }
}
