package org.vigil.api.params;

import jakarta.ws.rs.BadRequestException;

/**
 * 400: a query parameter that is not a value of its type. JAX-RS would answer 404 for a query
 * parameter it cannot convert (as if the resource did not exist); a client deserves to be told
 * which parameter is wrong. Thrown as a {@code WebApplicationException} so JAX-RS passes it on
 * instead of wrapping it; each application's mapper gives it that application's error shape.
 */
public class InvalidQueryParameterException extends BadRequestException {

    private final String parameter;
    private final String reason;

    InvalidQueryParameterException(String parameter, String reason) {
        super("query parameter " + parameter + " " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }

    /** The sentence for the error answer. */
    public String detail() {
        return "The query parameter " + parameter + " " + reason + ".";
    }
}
