package org.vigil.api.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The errors an operation can answer, in its interface's shape: problem details on {@code /api},
 * OperationOutcomes on {@code /fhir}. They come from what the code already tells: a token or device
 * signature required means 401 and 403, a path parameter 404, parameters or a body 400. The OAuth
 * and PKI endpoints answer by their own protocols and are left as the scanner saw them.
 */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static void document(Operation operation, String fullPath, ResourceMethod route) {
        if (route.needsDeviceSignature()) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("device")));
        } else if (route.needsBearerToken()) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
        }
        Shape shape = Shape.of(route.applicationPath());
        if (shape == null) {
            return;
        }
        APIResponses responses = operation.getResponses() != null ? operation.getResponses() : OASFactory.createAPIResponses();
        operation.setResponses(responses);
        boolean parameters = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY || p.getIn() == Parameter.In.HEADER);
        if (parameters || operation.getRequestBody() != null) {
            add(responses, shape, "400", "The request is malformed or a value is invalid.");
        }
        if (route.needsBearerToken() || route.needsDeviceSignature()) {
            add(responses, shape, "401", "No valid credentials: a missing, expired or foreign token or device signature.");
            add(responses, shape, "403", "The caller is known but may not do this (role, client, or relationship to the patient).");
        }
        if (fullPath.contains("{")) {
            add(responses, shape, "404", "Nothing with this id, or nothing the caller may know exists.");
        }
    }

    private static void add(APIResponses responses, Shape shape, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(shape.mediaType, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + shape.schema)))));
    }

    private enum Shape {
        PROBLEM("application/problem+json", "Problem"),
        OUTCOME("application/fhir+json", "OperationOutcome");

        final String mediaType;
        final String schema;

        Shape(String mediaType, String schema) {
            this.mediaType = mediaType;
            this.schema = schema;
        }

        static Shape of(String applicationPath) {
            return switch (applicationPath) {
                case "/api" -> PROBLEM;
                case "/fhir" -> OUTCOME;
                default -> null;
            };
        }
    }
}
