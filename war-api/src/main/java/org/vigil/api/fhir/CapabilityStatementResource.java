package org.vigil.api.fhir;

import java.util.Date;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceInteractionComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;
import org.vigil.identity.application.IssuerUrl;

/** What this server does ({@code GET /fhir/metadata}, open to all as FHIR expects): read and search, JSON only. */
@Path("/metadata")
@Produces({FhirResourceWriter.FHIR_JSON, MediaType.APPLICATION_JSON})
public class CapabilityStatementResource {

    @Context
    UriInfo uri;

    @Inject
    IssuerUrl issuer;

    /**
     * What SMART App Launch asks of a server's statement: the SMART-on-FHIR service, and its OAuth endpoints as far as
     * the registry's oauth-uris extension defines them (not revocation: HL7's validator refuses it; smart-configuration
     * names it).
     */
    private void smart(CapabilityStatement.CapabilityStatementRestSecurityComponent security) {
        security.addService().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/restful-security-service").setCode("SMART-on-FHIR");
        Extension uris = security.addExtension().setUrl("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");
        uris.addExtension("authorize", new UriType(issuer.resolve("/oidc/authorize")));
        uris.addExtension("token", new UriType(issuer.resolve("/oidc/token")));
    }

    @GET
    public CapabilityStatement capabilities() {
        CapabilityStatement c = new CapabilityStatement();
        c.setStatus(Enumerations.PublicationStatus.ACTIVE).setDate(new Date()).setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE)
                .setFhirVersion(Enumerations.FHIRVersion._4_0_1).addFormat("json");
        c.setName("Vigil").setPublisher("Vigil").setDescription("Vigil's FHIR R4 read API: patients, their vital signs, prescriptions and the read audit trail.");
        c.getSoftware().setName("Vigil");
        // cpb-14: a statement of kind "instance" describes one installation, so it names it.
        c.getImplementation().setDescription("This Vigil server").setUrl(uri.getBaseUri().toString());
        CapabilityStatement.CapabilityStatementRestComponent rest = c.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        smart(rest.getSecurity());
        rest.getSecurity().setDescription("OAuth 2.0 bearer access tokens from Vigil's OpenID provider; reads are limited to the patient, "
                + "their care team and assigned stations, and every read is audited. Outside applications read through SMART App Launch "
                + "2.x (standalone launch, patient/Observation.rs and patient/Patient.r) with the patient's consent; see "
                + ".well-known/smart-configuration.");
        rest.setDocumentation("Searches page with _count and the next link (forward only, so no previous link). Unsupported parameters are "
                + "ignored and left out of the self link, or refused with 400 under Prefer: handling=strict. Dates without a time zone are UTC. "
                + "Observation searches give a total when the result fits on one page (counting every heart-rate minute of a range would "
                + "aggregate all of it); AuditEvent searches always do.");
        CapabilityStatement.CapabilityStatementRestResourceComponent patient = rest.addResource().setType("Patient");
        patient.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.READ));
        patient.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.SEARCHTYPE));
        patient.addSearchParam().setName("_id").setType(Enumerations.SearchParamType.TOKEN);
        CapabilityStatement.CapabilityStatementRestResourceComponent observation = rest.addResource().setType("Observation");
        observation.addSupportedProfile("http://hl7.org/fhir/StructureDefinition/vitalsigns");
        observation.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.READ));
        observation.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.SEARCHTYPE));
        observation.addSearchParam().setName("subject").setType(Enumerations.SearchParamType.REFERENCE);
        observation.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE);
        observation.addSearchParam().setName("code").setType(Enumerations.SearchParamType.TOKEN);
        observation.addSearchParam().setName("category").setType(Enumerations.SearchParamType.TOKEN);
        observation.addSearchParam().setName("date").setType(Enumerations.SearchParamType.DATE);
        CapabilityStatement.CapabilityStatementRestResourceComponent audit = rest.addResource().setType("AuditEvent");
        audit.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.SEARCHTYPE));
        audit.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE);
        audit.addSearchParam().setName("date").setType(Enumerations.SearchParamType.DATE);
        CapabilityStatement.CapabilityStatementRestResourceComponent prescriptions = rest.addResource().setType("MedicationRequest");
        prescriptions.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.READ));
        prescriptions.addInteraction(new ResourceInteractionComponent().setCode(TypeRestfulInteraction.SEARCHTYPE));
        prescriptions.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE);
        return c;
    }
}
