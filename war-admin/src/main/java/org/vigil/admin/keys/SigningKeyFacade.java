package org.vigil.admin.keys;

import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.nimbusds.jose.JWSAlgorithm;

import org.vigil.admin.security.ConsoleRole;
import org.vigil.admin.security.ConsoleUser;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.oidc.SigningKeyRing;

/** The provider's signing keys, and rotation on demand (as {@code POST /api/v1/admin/signing-keys/{alg}/rotation}). */
@ApplicationScoped
public class SigningKeyFacade {

    @EJB
    SigningKeyRing keys;

    @Inject
    ConsoleUser user;


    public List<SigningKeyRow> published() {
        user.require(ConsoleRole.ADMIN);
        return keys.published().getKeys().stream().map(k -> new SigningKeyRow(k.getKeyID(),
                k.getAlgorithm() == null ? "" : k.getAlgorithm().getName(), k.getKeyType().getValue())).toList();
    }

    public List<String> algorithms() {
        return SigningKeyRing.ALGORITHMS.stream().map(JWSAlgorithm::getName).toList();
    }

    /** @return the new key's id */
    public String rotate(String alg) {
        user.require(ConsoleRole.ADMIN);
        if (SigningKeyRing.ALGORITHMS.stream().noneMatch(a -> a.getName().equals(alg == null ? "" : alg.toUpperCase(Locale.ROOT)))) {
            throw new InvalidFieldException("alg", "one of " + algorithms());
        }
        // the identity module checks the caller and audits the rotation, as for the admin API
        return keys.rotate(user.caller(), alg).kid();
    }
}
