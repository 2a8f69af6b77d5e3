package org.vigil.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An authorization request a client pushed (RFC 9126), waiting for its one redemption at the authorization endpoint.
 * Kept by the hash of its {@code request_uri}, so the table holds nothing a reader could redeem.
 */
@Entity
@Table(name = "idn_pushed_request")
public class PushedRequest {

    @Id
    @Column(name = "request_uri_hash", length = 64)
    private String requestUriHash;

    @Column(name = "client_id", nullable = false, length = 100)
    private String clientId;

    @Column(nullable = false, length = 8000)
    private String parameters;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected PushedRequest() {
        // for JPA
    }

    /** @param parameters the authorization request, form-encoded as it would have stood in the query */
    public PushedRequest(String requestUriHash, String clientId, String parameters, Instant expiresAt) {
        this.requestUriHash = requestUriHash;
        this.clientId = clientId;
        this.parameters = parameters;
        this.expiresAt = expiresAt;
    }

    public String requestUriHash() {
        return requestUriHash;
    }

    public String clientId() {
        return clientId;
    }

    public String parameters() {
        return parameters;
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
