package org.vigil.documents.trust;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The registry for tests, where no database runs; the server keeps it in its database. */
public final class InMemoryCertificateRegistry implements CertificateRegistry {

    private final Map<String, IssuedCertificate> certificates = new ConcurrentHashMap<>();

    @Override
    public void save(IssuedCertificate certificate) {
        certificates.put(key(certificate.issuer(), certificate.serial()), certificate);
    }

    @Override
    public Optional<IssuedCertificate> find(String issuer, BigInteger serial) {
        return Optional.ofNullable(certificates.get(key(issuer, serial)));
    }

    @Override
    public List<IssuedCertificate> revokedBy(String issuer) {
        return certificates.values().stream()
                .filter(c -> c.issuer().equals(issuer) && c.revoked().isPresent())
                .toList();
    }

    private static String key(String issuer, BigInteger serial) {
        return issuer + "#" + serial;
    }
}
