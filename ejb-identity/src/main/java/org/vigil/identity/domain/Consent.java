package org.vigil.identity.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person's permission for a third-party client to receive some scopes. */
@Entity
@Table(name = "idn_consent")
public class Consent {

    /** One consent per person and client. */
    @Embeddable
    public record Key(@Column(name = "account_id") UUID accountId, @Column(name = "client_id") String clientId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false, length = 1000)
    private String scopes;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected Consent() {
        // for JPA
    }

    public Consent(UUID accountId, String clientId, Set<String> scopes, Instant now) {
        this.key = new Key(accountId, clientId);
        this.scopes = String.join(" ", scopes);
        this.grantedAt = now;
    }

    public UUID accountId() {
        return key.accountId();
    }

    public String clientId() {
        return key.clientId();
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Set<String> scopes() {
        return Arrays.stream(scopes.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    public void extend(Set<String> more, Instant now) {
        Set<String> all = new java.util.TreeSet<>(scopes());
        all.addAll(more);
        this.scopes = String.join(" ", all);
        this.grantedAt = now;
    }
}
