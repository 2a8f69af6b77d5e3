package org.vigil.identity.oidc.keys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;

import org.vigil.identity.domain.SigningKey;
import org.vigil.identity.domain.SigningKeyRepository;

/**
 * The provider's signing keys: one active key per algorithm, rotated when older than
 * {@link #ROTATE_AFTER}; a retired key stays in the JWKS for {@link #PUBLISHED_AFTER_RETIREMENT},
 * longer than any token it signed lives. The rows are in the database, so every node of a cluster
 * signs with and publishes the same keys; the private halves are where a {@link SigningKeyStorage}
 * keeps them: new keys in the one this ring makes keys with (the PKCS#11 token when there is one),
 * older ones wherever they were made, used until they rotate out. Thread-safe; transactions are the caller's.
 */
public final class KeyRing {

    public static final Duration ROTATE_AFTER = Duration.ofDays(30);
    public static final Duration PUBLISHED_AFTER_RETIREMENT = Duration.ofDays(1);
    public static final List<JWSAlgorithm> ALGORITHMS = List.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256);
    /** How long a node signs with the key it read before it looks for a newer one (another node may have rotated). */
    static final Duration REREAD_AFTER = Duration.ofMinutes(1);

    private record Loaded(ActiveSigningKey key, Instant createdAt, Instant loadedAt) {
    }

    private final SigningKeyRepository keys;
    private final SigningKeyStorage newKeys;
    private final List<SigningKeyStorage> storages;
    private final Clock clock;
    private final Map<JWSAlgorithm, Loaded> active = new ConcurrentHashMap<>();
    private final AtomicLong rotations = new AtomicLong();

    /**
     * @param sealed the database's own storage, for keys made without a token (and before one was configured)
     * @param token the PKCS#11 token's storage, where new keys are made when present
     */
    public KeyRing(SigningKeyRepository keys, SealedSigningKeys sealed, Optional<Pkcs11SigningKeys> token, Clock clock) {
        this.keys = keys;
        this.newKeys = token.<SigningKeyStorage>map(t -> t).orElse(sealed);
        this.storages = token.<List<SigningKeyStorage>>map(t -> List.of(t, sealed)).orElse(List.of(sealed));
        this.clock = clock;
    }

    /** The key to sign with now, made or rotated as needed. */
    public ActiveSigningKey signingKey(JWSAlgorithm alg) {
        Instant now = clock.instant();
        Loaded loaded = active.get(alg);
        if (loaded != null && loaded.loadedAt().isAfter(now.minus(REREAD_AFTER)) && loaded.createdAt().isAfter(now.minus(ROTATE_AFTER))) {
            return loaded.key();
        }
        SigningKey current = currentOrRotated(alg, now);
        upgrade(current);
        ActiveSigningKey key = storageOf(current).signer(current.kid(), alg, current.publicJwk(), current.storedPrivateKey());
        active.put(alg, new Loaded(key, current.createdAt(), now));
        return key;
    }

    /** Retires the active key of this algorithm (if any), makes a new one, and destroys what is kept of keys no longer published. */
    public SigningKey rotate(JWSAlgorithm alg) {
        if (!ALGORITHMS.contains(alg)) {
            throw new IllegalArgumentException("no signing keys for " + alg);
        }
        Instant now = clock.instant();
        keys.allActive(alg.getName()).forEach(k -> k.retire(now, PUBLISHED_AFTER_RETIREMENT));
        NewSigningKey made = newKeys.generate(alg, UUID.randomUUID().toString());
        SigningKey key = new SigningKey(made.publicJwk(), made.storedPrivateKey(), alg.getName(), now);
        keys.store(key);
        active.remove(alg);
        rotations.incrementAndGet();
        discardUnpublished(now);
        return key;
    }

    /** Every key a client may meet in a token that has not expired: the JWKS document. Needs no private key. */
    public JWKSet published() {
        Instant now = clock.instant();
        ALGORITHMS.forEach(alg -> currentOrRotated(alg, now));
        return new JWKSet(keys.allNewestFirst().stream()
                .filter(k -> k.isPublishedAt(now))
                .map(SigningKey::publicJwk)
                .toList());
    }

    /** Counts rotations made on this node, so a verifier knows to read the published keys again. */
    public long rotations() {
        return rotations.get();
    }

    /**
     * Brings every stored key, retired ones too, to its storage's current form (seals those an earlier
     * version left in the clear), so a backup taken later holds none.
     *
     * @return how many rows changed
     */
    public int upgradeStoredKeys() {
        return (int) keys.allNewestFirst().stream().filter(this::upgrade).count();
    }

    /** Where new keys are made, for the log. */
    public String describe() {
        return newKeys.describe();
    }

    private boolean upgrade(SigningKey key) {
        Optional<String> upgraded = storageOf(key).upgraded(key.kid(), key.storedPrivateKey());
        upgraded.ifPresent(key::replaceStoredPrivateKey);
        return upgraded.isPresent();
    }

    private SigningKey currentOrRotated(JWSAlgorithm alg, Instant now) {
        Optional<SigningKey> stored = keys.findNewestActive(alg.getName());
        if (stored.isPresent() && stored.get().createdAt().isAfter(now.minus(ROTATE_AFTER))) {
            return stored.get();
        }
        return rotate(alg);
    }

    private SigningKeyStorage storageOf(SigningKey key) {
        return storages.stream().filter(s -> s.holds(key.storedPrivateKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("signing key " + key.kid() + " is kept in a PKCS#11 token ("
                        + key.storedPrivateKey() + "), but this server has none configured (VIGIL_AT_REST_PKCS11_CONFIG)"));
    }

    private void discardUnpublished(Instant now) {
        for (SigningKeyStorage storage : storages) {
            List<String> unpublished = keys.allNewestFirst().stream()
                    .filter(k -> !k.isPublishedAt(now) && storage.holds(k.storedPrivateKey()))
                    .map(SigningKey::storedPrivateKey)
                    .toList();
            storage.discard(unpublished);
        }
    }
}
