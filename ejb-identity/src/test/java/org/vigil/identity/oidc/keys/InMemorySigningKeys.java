package org.vigil.identity.oidc.keys;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.vigil.identity.domain.SigningKey;
import org.vigil.identity.domain.SigningKeyRepository;

/** The {@code idn_signing_key} table of a test, shared by the rings that play the nodes of a cluster. */
final class InMemorySigningKeys implements SigningKeyRepository {

    private final List<SigningKey> rows = new CopyOnWriteArrayList<>();

    @Override
    public void store(SigningKey key) {
        rows.add(key);
    }

    @Override
    public List<SigningKey> allNewestFirst() {
        return rows.stream().sorted(Comparator.comparing(SigningKey::createdAt).reversed()).toList();
    }

    @Override
    public Optional<SigningKey> findNewestActive(String alg) {
        return allActive(alg).stream().max(Comparator.comparing(SigningKey::createdAt));
    }

    @Override
    public List<SigningKey> allActive(String alg) {
        return rows.stream().filter(k -> k.alg().equals(alg) && k.isActive()).toList();
    }

    SigningKey row(String kid) {
        return rows.stream().filter(k -> k.kid().equals(kid)).findFirst().orElseThrow();
    }
}
