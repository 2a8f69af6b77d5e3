package org.vigil.platform.ops;

import java.time.Instant;

/** A trust certificate by the name Vigil keeps it under (e.g. {@code vigil-tsa}) and the end of its validity. */
public record CertificateExpiry(String name, Instant notAfter) {
}
