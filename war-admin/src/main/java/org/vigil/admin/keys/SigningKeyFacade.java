package org.vigil.admin.keys;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.nimbusds.jose.JWSAlgorithm;

import org.vigil.admin.audit.ConsoleAudit;
import org.vigil.admin.security.ConsoleRole;
import org.vigil.admin.security.ConsoleUser;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.domain.SigningKey;
import org.vigil.identity.oidc.SigningKeyRing;

/** The provider's signing keys, and rotation on demand (as {@code POST /api/v1/admin/signing-keys/{alg}/rotation}). */
@ApplicationScoped
public class SigningKeyFacade {

    @EJB
    SigningKeyRing keys;

    @Inject
    ConsoleUser user;

    @Inject
    ConsoleAudit audit;

    public List<SigningKeyRow> published() {
        user.require(ConsoleRole.ADMIN);
        return keys.published().getKeys().stream().map(k -> new SigningKeyRow(k.getKeyID(),
                k.getAlgorithm() == null ? "" : k.getAlgorithm().getName(), k.getKeyType().getValue())).toList();
    }

    public List<String> algorithms() {
        return SigningKeyRing.ALGORITHMS.stream().map(JWSAlgorithm::getName).toList();
    }

    /** @return the new key's id */
    @Transactional
    public String rotate(String alg) {
        user.require(ConsoleRole.ADMIN);
        JWSAlgorithm algorithm = SigningKeyRing.ALGORITHMS.stream().filter(a -> a.getName().equals(alg == null ? "" : alg.toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidFieldException("alg", "one of " + algorithms()));
        SigningKey key = keys.rotate(algorithm, Instant.now());
        audit.record("signing-key.rotate", "key:" + key.kid(), algorithm.getName());
        return key.kid();
    }
}
