package org.vigil.client.sdk.authenticator;

import java.time.Instant;

/**
 * Something waiting for the person's approval: a login, a CIBA request, a signature. The
 * binding message is what the person compares with what the requester shows them.
 */
public record ApprovalRequest(String id, String kind, String bindingMessage, String requester, String nonce,
                              Instant createdAt, Instant expiresAt) {
}
