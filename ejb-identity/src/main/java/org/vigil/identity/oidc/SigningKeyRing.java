package org.vigil.identity.oidc;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.SigningKey;
import org.vigil.identity.domain.SigningKeyRepository;
import org.vigil.identity.oidc.keys.ActiveSigningKey;
import org.vigil.identity.oidc.keys.KeyRing;
import org.vigil.identity.oidc.keys.Pkcs11SigningKeys;
import org.vigil.identity.oidc.keys.SealedSigningKeys;
import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;
import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.platform.secrets.SigningKeyToken;

/**
 * The provider's signing keys ({@link KeyRing}) for the rest of the application: made in the
 * PKCS#11 token when the installation has one, sealed in the database otherwise; rotation on an
 * admin's demand is authorized and audited here. At start-up, rows an earlier version left in the
 * clear are sealed.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SigningKeyRing {

    public static final Duration ROTATE_AFTER = KeyRing.ROTATE_AFTER;
    public static final Duration PUBLISHED_AFTER_RETIREMENT = KeyRing.PUBLISHED_AFTER_RETIREMENT;
    public static final List<JWSAlgorithm> ALGORITHMS = KeyRing.ALGORITHMS;

    private static final Logger LOG = Logger.getLogger(SigningKeyRing.class.getName());

    @Inject
    SigningKeyRepository keys;

    @Inject
    AtRestEncryption encryption;

    @Inject
    SigningKeyToken token;

    @EJB
    AuditTrail audit;

    private KeyRing ring;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void open() {
        ring = new KeyRing(keys, new SealedSigningKeys(encryption), token.keyPairs().map(Pkcs11SigningKeys::new), Clock.systemUTC());
        int upgraded = ring.upgradeStoredKeys();
        if (upgraded > 0) {
            LOG.info(() -> "Sealed " + upgraded + " signing key(s) stored in the clear with " + encryption.describe());
        }
        LOG.info(() -> "New OIDC signing keys are made in " + ring.describe());
    }

    /** The key to sign with now, made or rotated as needed. */
    public ActiveSigningKey signingKey(JWSAlgorithm alg) {
        return ring.signingKey(alg);
    }

    /**
     * Rotation on an admin's demand (a suspected compromise, a rehearsal), for a caller of the admin API: refused unless
     * {@link AdminAuthorization} lets them administer, then the algorithm is looked up by name; audited.
     *
     * @throws UnknownSigningAlgorithmException (404) for an algorithm Vigil does not sign with
     */
    public SigningKey rotate(Caller caller, String algorithm) {
        String admin = AdminAuthorization.require(caller);
        JWSAlgorithm alg = ALGORITHMS.stream().filter(a -> a.getName().equals(algorithm.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new UnknownSigningAlgorithmException(algorithm));
        SigningKey key = ring.rotate(alg);
        audit.record(admin, "signing-key.rotate", "key:" + key.kid(), AuditEvent.Outcome.SUCCESS, caller.address(), alg.getName());
        return key;
    }

    /** Counts rotations made on this node, so a verifier knows to read the published keys again. */
    public long rotations() {
        return ring.rotations();
    }

    /** Every key a client may meet in a token that has not expired: the JWKS document. */
    public JWKSet published() {
        return ring.published();
    }
}
