package org.vigil.client.sdk;

import java.util.List;

/** An RFC 9457 problem detail as Vigil's API returns it. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String reason) {
    }
}
