package org.vigil.client.sdk;

import java.util.List;

/** An RFC 9457 problem detail as Vigil's API returns it. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** Vigil names its problem types {@code urn:vigil:problem:<name>}. */
    public static final String TYPE_PREFIX = "urn:vigil:problem:";

    public record FieldError(String field, String reason) {
    }

    /**
     * Whether this is Vigil's problem {@code name} as the API documents name them (e.g.
     * {@code already-decided}); the bare name is accepted as well as the URN.
     */
    public boolean is(String name) {
        return name.equals(type) || (TYPE_PREFIX + name).equals(type);
    }
}
