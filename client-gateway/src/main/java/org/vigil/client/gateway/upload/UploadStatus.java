package org.vigil.client.gateway.upload;

import java.time.Instant;
import java.util.Optional;

/**
 * What the uploader has done, for the gateway's health report: measurements the server now
 * holds, measurements it rejected, when it last accepted a batch, and how many attempts in a
 * row have failed.
 */
public record UploadStatus(long delivered, long rejected, Optional<Instant> lastDelivery, int failuresInARow,
                           Optional<String> lastError) {
}
