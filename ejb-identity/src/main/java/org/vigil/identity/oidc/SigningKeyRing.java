package org.vigil.identity.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.SigningKey;
import org.vigil.identity.domain.SigningKeyRepository;
import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;
import org.vigil.platform.secrets.AtRestEncryption;

/**
 * The provider's signing keys: one active key per algorithm (ES256 by default, RS256 for
 * clients that ask for it), rotated when older than {@link #ROTATE_AFTER}; a retired key stays in
 * the JWKS for {@link #PUBLISHED_AFTER_RETIREMENT}, longer than any token it signed lives.
 * Kept in the database so every node of a cluster signs with and publishes the same keys; the
 * private halves sealed ({@link SealedSigningKeys}), and any a former version left in the clear
 * sealed at start-up.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SigningKeyRing {

    /** How long a node signs with the key it read before it looks for a newer one. */
    private static final Duration REREAD_AFTER = Duration.ofMinutes(1);

    private record Loaded(JWK key, Instant createdAt, Instant loadedAt) {
    }

    private final Map<JWSAlgorithm, Loaded> active = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong rotations = new java.util.concurrent.atomic.AtomicLong();

    public static final Duration ROTATE_AFTER = Duration.ofDays(30);
    public static final Duration PUBLISHED_AFTER_RETIREMENT = Duration.ofDays(1);
    public static final List<JWSAlgorithm> ALGORITHMS = List.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256);

    private static final Logger LOG = Logger.getLogger(SigningKeyRing.class.getName());

    @Inject
    SigningKeyRepository keys;

    @Inject
    AtRestEncryption encryption;

    @EJB
    AuditTrail audit;

    private SealedSigningKeys sealed;

    /** Seals every stored private key still in the clear, retired ones too: a backup taken later holds none. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void sealKeysStoredInTheClear() {
        sealed = new SealedSigningKeys(encryption);
        List<SigningKey> clear = keys.allNewestFirst().stream()
                .filter(k -> !SealedSigningKeys.isSealed(k.storedPrivateKey()))
                .toList();
        clear.forEach(this::privateKeyOf);
        if (!clear.isEmpty()) {
            LOG.info(() -> "Sealed " + clear.size() + " signing key(s) stored in the clear with " + encryption.describe());
        }
    }

    /** The private key of a stored row, sealing it first when an earlier version stored it in the clear. */
    private JWK privateKeyOf(SigningKey key) {
        JWK jwk = sealed.open(key.kid(), key.storedPrivateKey());
        if (!SealedSigningKeys.isSealed(key.storedPrivateKey())) {
            key.sealPrivateKey(sealed.seal(jwk));
        }
        return jwk;
    }

    /** The key to sign with now, made or rotated as needed. */
    public JWK signingKey(JWSAlgorithm alg) {
        Instant now = Instant.now();
        Loaded loaded = active.get(alg);
        if (loaded != null && loaded.loadedAt().isAfter(now.minus(REREAD_AFTER)) && loaded.createdAt().isAfter(now.minus(ROTATE_AFTER))) {
            return loaded.key();
        }
        SigningKey current = currentOrRotated(alg, now);
        JWK key = privateKeyOf(current);
        active.put(alg, new Loaded(key, current.createdAt(), now));
        return key;
    }

    private SigningKey currentOrRotated(JWSAlgorithm alg, Instant now) {
        Optional<SigningKey> stored = keys.findNewestActive(alg.getName());
        if (stored.isPresent() && stored.get().createdAt().isAfter(now.minus(ROTATE_AFTER))) {
            return stored.get();
        }
        return rotate(alg, now);
    }

    /** Retires the active key of this algorithm (if any) and makes a new one. */
    public SigningKey rotate(JWSAlgorithm alg, Instant now) {
        keys.allActive(alg.getName()).forEach(k -> k.retire(now, PUBLISHED_AFTER_RETIREMENT));
        JWK generated = generate(alg);
        SigningKey key = new SigningKey(generated, sealed.seal(generated), alg.getName(), now);
        keys.store(key);
        active.remove(alg);
        rotations.incrementAndGet();
        return key;
    }

    /**
     * Rotation on an admin's demand (a suspected compromise, a rehearsal), for a caller of the admin API: refused unless
     * {@link AdminAuthorization} lets them administer, then the algorithm is looked up by name; audited.
     *
     * @throws UnknownSigningAlgorithmException (404) for an algorithm Vigil does not sign with
     */
    public SigningKey rotate(Caller caller, String algorithm) {
        String admin = AdminAuthorization.require(caller);
        JWSAlgorithm alg = ALGORITHMS.stream().filter(a -> a.getName().equals(algorithm.toUpperCase(java.util.Locale.ROOT))).findFirst()
                .orElseThrow(() -> new UnknownSigningAlgorithmException(algorithm));
        SigningKey key = rotate(alg, Instant.now());
        audit.record(admin, "signing-key.rotate", "key:" + key.kid(), AuditEvent.Outcome.SUCCESS, caller.address(), alg.getName());
        return key;
    }

    /** Counts rotations made on this node, so a verifier knows to read the published keys again. */
    public long rotations() {
        return rotations.get();
    }

    /** Every key a client may meet in a token that has not expired: the JWKS document. */
    public JWKSet published() {
        Instant now = Instant.now();
        ALGORITHMS.forEach(this::signingKey);
        return new JWKSet(keys.allNewestFirst().stream()
                .filter(k -> k.isPublishedAt(now))
                .map(SigningKey::publicJwk)
                .toList());
    }

    private static JWK generate(JWSAlgorithm alg) {
        String kid = UUID.randomUUID().toString();
        try {
            if (JWSAlgorithm.ES256.equals(alg)) {
                return new ECKeyGenerator(Curve.P_256).keyID(kid).algorithm(alg).keyUse(KeyUse.SIGNATURE).generate();
            }
            if (JWSAlgorithm.RS256.equals(alg)) {
                return new RSAKeyGenerator(2048).keyID(kid).algorithm(alg).keyUse(KeyUse.SIGNATURE).generate();
            }
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a " + alg + " key", e);
        }
        throw new IllegalArgumentException("no signing keys for " + alg);
    }
}
