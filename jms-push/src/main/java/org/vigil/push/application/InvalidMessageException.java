package org.vigil.push.application;

import java.util.Map;

import org.vigil.platform.problem.ProblemException;

/** A push message an application sent that the server will not carry. */
public class InvalidMessageException extends ProblemException {

    private final String field;

    public InvalidMessageException(String field, String detail) {
        super(400, "invalid-push-message", "Invalid push message", detail);
        this.field = field;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("field", field);
    }
}
