package org.vigil.api.documents;

import java.util.UUID;

import jakarta.validation.constraints.Size;

/** Whom to share a document with: an e-mail address or an account id. */
public record ShareBody(@Size(max = 254) String email, UUID accountId) {
}
