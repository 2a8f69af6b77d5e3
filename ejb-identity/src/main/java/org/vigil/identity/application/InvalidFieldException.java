package org.vigil.identity.application;

import java.util.List;
import java.util.Map;

import org.vigil.platform.problem.ProblemException;

/** A field that is well-formed JSON but not an acceptable value, e.g. a phone number that is not E.164. */
public class InvalidFieldException extends ProblemException {

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(400, "invalid-request", "Invalid request", "The request has invalid fields.");
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("errors", List.of(Map.of("field", field, "reason", reason)));
    }
}
