package org.vigil.api.json;

import java.util.List;
import java.util.Map;

import org.vigil.api.problem.Problem;
import org.vigil.platform.problem.ProblemException;

/**
 * 400: a JSON body that is not one well-formed document of the expected shape. Names where it
 * went wrong ({@code observations[3].value}), so a client knows which item of a batch to fix,
 * and never quotes the body.
 */
public class MalformedJsonException extends ProblemException {

    private final String field;
    private final String reason;

    MalformedJsonException(String field, String reason) {
        super(400, "malformed-body", "Malformed request body",
                "The request body is not valid JSON of the expected shape: " + field + " " + reason + ".");
        this.field = field;
        this.reason = reason;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("errors", List.of(new Problem.FieldError(field, reason)));
    }
}
