package org.vigil.stats.domain.alert;

import java.time.Instant;

/** A trust certificate's name and end of validity, as the alert rules need them. */
public record CertificateValidity(String name, Instant notAfter) {
}
