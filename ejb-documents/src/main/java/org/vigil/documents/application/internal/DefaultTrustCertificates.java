package org.vigil.documents.application.internal;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.platform.ops.CertificateExpiry;
import org.vigil.platform.ops.TrustCertificates;

/** The trust services' certificates as {@link TrustServices} recorded them at start (doc_trust_key). */
@Stateless
public class DefaultTrustCertificates implements TrustCertificates {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @Override
    public List<CertificateExpiry> current() {
        return em.createQuery("select r.alias, r.certificate from TrustKeyRecord r order by r.alias", Object[].class).getResultStream()
                .map(row -> new CertificateExpiry((String) row[0], parse((byte[]) row[1]).getNotAfter().toInstant())).toList();
    }

    private static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("a recorded trust certificate is unreadable", e);
        }
    }
}
