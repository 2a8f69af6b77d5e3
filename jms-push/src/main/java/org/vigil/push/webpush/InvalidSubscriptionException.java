package org.vigil.push.webpush;

import java.util.Map;

import org.vigil.platform.problem.ProblemException;

/** A Web Push subscription the server could never deliver to. */
public class InvalidSubscriptionException extends ProblemException {

    private final String field;

    public InvalidSubscriptionException(String field, String detail) {
        super(400, "invalid-push-subscription", "Invalid push subscription", detail);
        this.field = field;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("field", field);
    }
}
