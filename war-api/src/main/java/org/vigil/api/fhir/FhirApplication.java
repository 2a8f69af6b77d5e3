package org.vigil.api.fhir;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.vigil.api.params.QueryParameterConverters;
import org.vigil.api.security.BearerAuthenticationFilter;

/**
 * The FHIR R4 read API under {@code /fhir}: JSON ({@code application/fhir+json}), errors as
 * {@code OperationOutcome} with the HTTP status FHIR's RESTful API names. A JAX-RS application of
 * its own, like {@code /oidc}, so none of the API's problem+json mappers answers here.
 */
@ApplicationPath("/fhir")
public class FhirApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(CapabilityStatementResource.class, PatientFhirResource.class, ObservationFhirResource.class, AuditEventFhirResource.class,
                MedicationRequestFhirResource.class,
                BearerAuthenticationFilter.class, FhirResourceWriter.class, QueryParameterConverters.class,
                ProblemOutcomeMapper.class, WebApplicationOutcomeMapper.class, UnexpectedOutcomeMapper.class);
    }
}
