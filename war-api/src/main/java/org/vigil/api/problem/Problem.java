package org.vigil.api.problem;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vigil.platform.limits.Excerpt;
import org.vigil.platform.limits.InputLimits;

/**
 * An RFC 9457 problem detail: the only shape an error takes on the API.
 *
 * @param type     a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title    short and the same for every occurrence of the type
 * @param status   the HTTP status
 * @param detail   this occurrence, in words a client developer can act on
 * @param errors   per-field reasons, for requests that failed validation
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** No answer lists more field errors than this; a batch with thousands of bad items names the first ones. */
    static final int MAX_ERRORS = 100;

    /** One request field and what is wrong with it. */
    public record FieldError(String field, String reason) {
    }

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), bounded(detail), null);
    }

    public Problem withType(String type, String title) {
        return new Problem(type, title, status, detail, errors);
    }

    public Problem withErrors(List<FieldError> errors) {
        return new Problem(type, title, status, detail, errors.stream()
                .map(e -> new FieldError(Excerpt.bounded(e.field(), InputLimits.EXCERPT_CHARACTERS * 4), bounded(e.reason())))
                .limit(MAX_ERRORS).toList());
    }

    /**
     * A detail or reason as it may be sent: whatever a message quotes of the input, the answer
     * stays small ({@link InputLimits#ERROR_TEXT_CHARACTERS}).
     */
    public static String bounded(String text) {
        return Excerpt.bounded(text, InputLimits.ERROR_TEXT_CHARACTERS);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
