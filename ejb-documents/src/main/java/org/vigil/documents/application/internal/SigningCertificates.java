package org.vigil.documents.application.internal;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.documents.application.Problems;
import org.vigil.documents.domain.IssuedCertificateRecord;
import org.vigil.documents.domain.IssuedCertificateRecords;
import org.vigil.documents.trust.PersonName;
import org.vigil.documents.trust.RevocationReason;
import org.vigil.documents.trust.SigningCertificateRequest;
import org.vigil.platform.signers.SignerFacts;
import org.vigil.platform.signers.SignerKey;

/**
 * The signing certificate of an authenticator key: the valid one already issued, or a new one
 * once the person has the configured KYC level, in their verified name. Issued on first use,
 * so a person who never signs never gets one.
 */
@ApplicationScoped
public class SigningCertificates {

    // A certificate about to expire is replaced rather than used for a signature that must last.
    private static final Duration RENEWAL_MARGIN = Duration.ofDays(30);

    @Inject
    TrustServices trust;

    @Inject
    TrustSettings settings;

    @Inject
    IssuedCertificateRecords registry;

    /** The certificate for this key, with the CA chain after it. */
    public List<X509Certificate> chainFor(SignerFacts signer, SignerKey key) {
        if (signer.kycLevel() < settings.signingKycLevel()) {
            throw new Problems.SignerNotQualified("Signing needs KYC level " + settings.signingKycLevel()
                    + "; the signer has level " + signer.kycLevel() + ".");
        }
        Instant now = Instant.now();
        Optional<X509Certificate> current = registry.ofAuthenticator(key.authenticatorId()).stream()
                .filter(r -> !r.revoked() && r.notAfter().isAfter(now.plus(RENEWAL_MARGIN)))
                .map(r -> certificate(r.encoded()))
                .filter(c -> Arrays.equals(c.getPublicKey().getEncoded(), key.publicKey().getEncoded()))
                .filter(c -> certifies(c, signer))
                .findFirst();
        X509Certificate certificate = current.orElseGet(() -> issue(signer, key));
        List<X509Certificate> chain = new java.util.ArrayList<>();
        chain.add(certificate);
        chain.addAll(trust.certificateAuthority().chain());
        return chain;
    }

    private X509Certificate issue(SignerFacts signer, SignerKey key) {
        PersonName name;
        try {
            name = new PersonName(signer.givenName(), signer.surname());
        } catch (IllegalArgumentException e) {
            throw new Problems.SignerNotQualified("The signer's verified name cannot go into a certificate: " + e.getMessage());
        }
        X509Certificate certificate;
        try {
            certificate = trust.certificateAuthority().issueSigningCertificate(new SigningCertificateRequest(key.publicKey(), name,
                    signer.accountId().toString(), settings.certificateValidity()));
        } catch (IllegalArgumentException e) {
            throw new Problems.SignerNotQualified("The authenticator's key cannot be certified: " + e.getMessage());
        }
        registry.record(certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber()).orElseThrow()
                .certifies(signer.accountId(), key.authenticatorId());
        return certificate;
    }

    /** Revokes every unrevoked certificate of the authenticator; the number revoked. */
    public int revokeAll(java.util.UUID authenticatorId) {
        int revoked = 0;
        for (IssuedCertificateRecord record : registry.ofAuthenticator(authenticatorId)) {
            if (!record.revoked()) {
                trust.certificateAuthority().revoke(new java.math.BigInteger(record.serial(), 16),
                        RevocationReason.CESSATION_OF_OPERATION);
                revoked++;
            }
        }
        return revoked;
    }

    /** The authenticators that still have a certificate OCSP calls "good". */
    public List<java.util.UUID> authenticatorsWithLiveCertificates() {
        return registry.authenticatorsWithLiveCertificates(Instant.now());
    }

    // The name may have changed (KYC at a higher level corrects it): then a new certificate.
    private static boolean certifies(X509Certificate certificate, SignerFacts signer) {
        var subject = org.bouncycastle.asn1.x500.X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        var names = subject.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
        return names.length == 1 && org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(names[0].getFirst().getValue())
                .equals(signer.givenName().strip() + " " + signer.surname().strip());
    }

    static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("a stored certificate cannot be read", e);
        }
    }
}
