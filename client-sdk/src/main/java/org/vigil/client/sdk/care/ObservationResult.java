package org.vigil.client.sdk.care;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What the server did with one observation of a batch; {@code reason} says why it was rejected. */
public record ObservationResult(UUID measurementId, Status status, String reason) {

    public enum Status {
        /** Stored now. */
        @JsonProperty("stored") STORED,
        /** Stored by an earlier upload of the same measurement id. */
        @JsonProperty("duplicate") DUPLICATE,
        /** Will never be stored (invalid for the server); sending it again changes nothing. */
        @JsonProperty("rejected") REJECTED,
        /** A status this client does not know: treat the observation as not acknowledged. */
        @JsonEnumDefaultValue UNKNOWN;

        /** The server holds the observation: the sender may forget it. */
        public boolean held() {
            return this == STORED || this == DUPLICATE;
        }
    }
}
