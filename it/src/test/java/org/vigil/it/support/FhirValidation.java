package org.vigil.it.support;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;

/**
 * HAPI's instance validator with the R4 definitions of hapi-fhir-validation-resources-r4 and no
 * terminology server: judges the JSON the deployed server returned, exactly as received, against
 * base R4 and every profile the resource claims (the vital-signs profiles are among the bundled
 * definitions).
 */
public final class FhirValidation {

    public static final FhirContext CONTEXT = FhirContext.forR4();
    private static final FhirValidator VALIDATOR = CONTEXT.newValidator().registerValidatorModule(new FhirInstanceValidator(
            new ValidationSupportChain(new DefaultProfileValidationSupport(CONTEXT), new SnapshotGeneratingValidationSupport(CONTEXT),
                    new InMemoryTerminologyServerValidationSupport(CONTEXT), new CommonCodeSystemsTerminologyService(CONTEXT))));

    private FhirValidation() {
    }

    /** Errors and fatal messages, each with its location; empty when the resource is valid. */
    public static synchronized List<String> errors(String json) {
        return VALIDATOR.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
                .toList();
    }
}
