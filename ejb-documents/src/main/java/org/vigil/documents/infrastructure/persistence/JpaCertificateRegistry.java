package org.vigil.documents.infrastructure.persistence;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.documents.domain.IssuedCertificateRecord;
import org.vigil.documents.domain.IssuedCertificateRecords;
import org.vigil.documents.trust.IssuedCertificate;

/** The certificate registry in the database, shared by every node that answers OCSP or serves a CRL. */
@ApplicationScoped
public class JpaCertificateRegistry implements IssuedCertificateRecords {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public void save(IssuedCertificate certificate) {
        Optional<IssuedCertificateRecord> existing = record(certificate.issuer(), certificate.serial());
        if (existing.isPresent()) {
            existing.get().update(certificate);
        } else {
            em.persist(new IssuedCertificateRecord(certificate, Instant.now()));
        }
        em.flush();
    }

    @Override
    public Optional<IssuedCertificate> find(String issuer, BigInteger serial) {
        return record(issuer, serial).map(IssuedCertificateRecord::toIssuedCertificate);
    }

    @Override
    public List<IssuedCertificate> revokedBy(String issuer) {
        return em.createQuery("select c from IssuedCertificateRecord c where c.issuer = :issuer and c.revokedAt is not null",
                        IssuedCertificateRecord.class)
                .setParameter("issuer", issuer).getResultList().stream()
                .map(IssuedCertificateRecord::toIssuedCertificate).toList();
    }

    @Override
    public Optional<IssuedCertificateRecord> record(String issuer, BigInteger serial) {
        return em.createQuery("select c from IssuedCertificateRecord c where c.issuer = :issuer and c.serial = :serial",
                        IssuedCertificateRecord.class)
                .setParameter("issuer", issuer).setParameter("serial", IssuedCertificateRecord.hex(serial))
                .getResultStream().findFirst();
    }

    /** The certificates that certify this authenticator's key, newest first. */
    @Override
    public List<IssuedCertificateRecord> ofAuthenticator(UUID authenticatorId) {
        return em.createQuery("select c from IssuedCertificateRecord c where c.authenticatorId = :id order by c.issuedAt desc",
                        IssuedCertificateRecord.class)
                .setParameter("id", authenticatorId).getResultList();
    }

    /** The authenticators that hold an unrevoked, unexpired signing certificate. */
    @Override
    public List<UUID> authenticatorsWithLiveCertificates(Instant now) {
        return em.createQuery("select distinct c.authenticatorId from IssuedCertificateRecord c where c.authenticatorId is not null"
                        + " and c.revokedAt is null and c.notAfter > :now", UUID.class)
                .setParameter("now", now).getResultList();
    }
}
