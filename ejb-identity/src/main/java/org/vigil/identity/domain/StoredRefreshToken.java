package org.vigil.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One refresh token of a family that began with one login. Used once: redeeming it yields the
 * next token of the family; presenting it again means it was stolen, and the family dies.
 */
@Entity
@Table(name = "idn_refresh_token")
public class StoredRefreshToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false, length = 1000)
    private String scope;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(name = "auth_time", nullable = false)
    private Instant authTime;

    @Column(length = 100)
    private String acr;

    @Column(nullable = false, length = 100)
    private String amr;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "dpop_jkt", length = 64)
    private String dpopJkt;

    protected StoredRefreshToken() {
        // for JPA
    }

    public StoredRefreshToken(String tokenHash, UUID familyId, String clientId, LoginSession session, String scope, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.familyId = familyId;
        this.clientId = clientId;
        this.accountId = session.accountId();
        this.scope = scope;
        this.sessionId = session.sid();
        this.authTime = session.authTime();
        this.acr = session.acr();
        this.amr = String.join(" ", session.amr());
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public LoginSession session() {
        return new LoginSession(sessionId, accountId, authTime, acr, List.of(amr.split(" ")));
    }

    public boolean usable(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean wasUsed() {
        return usedAt != null;
    }

    public void use(Instant now) {
        usedAt = now;
    }

    /** Binds the token to a DPoP key (a public client's token, RFC 9449 §5): only a proof by that key redeems it. */
    public void bindTo(String jkt) {
        this.dpopJkt = jkt;
    }

    /** The JWK SHA-256 thumbprint of the DPoP key the token is bound to, or null for an unbound token. */
    public String dpopJkt() {
        return dpopJkt;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** The SHA-256 of the token's value, its key: the value itself is never stored. */
    public String tokenHash() {
        return tokenHash;
    }

    public UUID familyId() {
        return familyId;
    }

    public String clientId() {
        return clientId;
    }

    public String scope() {
        return scope;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

}
