package org.vigil.identity.kyc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.jmrtd.lds.SODFile;

/**
 * Passive authentication (ICAO 9303 part 11, 5.1): the SOD's CMS signature verifies with its Document Signer
 * certificate, a CSCA of the trust list issued that certificate, no CRL of that CSCA revokes it, and each data group
 * read hashes to the value the SOD holds for it. JMRTD parses the SOD; BouncyCastle (a provider instance, never
 * registered with the JVM) verifies, since passport certificates use algorithms and EC parameters the JDK's do not.
 */
public final class PassiveAuthentication {

    private static final Provider BC = new BouncyCastleProvider();

    private PassiveAuthentication() {
    }

    /** What passive authentication established. */
    public record Result(X509Certificate documentSigner, X509Certificate csca, String digestAlgorithm) {
    }

    /**
     * @param dataGroups the data groups read, by number, as the chip holds them
     * @throws ChipCheckFailed naming the first check that fails
     */
    public static Result verify(byte[] sodBytes, Map<Integer, byte[]> dataGroups, CscaTrustList trust, Date at) {
        SODFile sod;
        try {
            sod = new SODFile(new ByteArrayInputStream(sodBytes));
        } catch (IOException | RuntimeException e) {
            throw new ChipCheckFailed(ChipCheck.DATA_GROUP_FORMAT, "the SOD does not parse", e);
        }
        X509Certificate ds = documentSigner(sod);
        verifySignature(sodBytes, ds);
        X509Certificate csca = issuerOf(ds, trust.cscas())
                .orElseThrow(() -> new ChipCheckFailed(ChipCheck.UNKNOWN_CSCA,
                        "no CSCA of the trust list issued the Document Signer certificate (issuer " + ds.getIssuerX500Principal().getName() + ")"));
        validate(ds, csca, at);
        for (X509CRL crl : trust.crls()) {
            if (issuedBy(crl, csca) && crl.isRevoked(ds)) {
                throw new ChipCheckFailed(ChipCheck.CERTIFICATE_REVOKED,
                        "a CRL of " + csca.getSubjectX500Principal().getName() + " revokes the Document Signer certificate");
            }
        }
        String digest = sod.getDigestAlgorithm();
        Map<Integer, byte[]> hashes = sod.getDataGroupHashes();
        for (Map.Entry<Integer, byte[]> dg : dataGroups.entrySet()) {
            byte[] expected = hashes.get(dg.getKey());
            if (expected == null) {
                throw new ChipCheckFailed(ChipCheck.DATA_GROUP_HASH, "the SOD holds no hash of DG" + dg.getKey());
            }
            if (!MessageDigest.isEqual(expected, hash(digest, dg.getValue()))) {
                throw new ChipCheckFailed(ChipCheck.DATA_GROUP_HASH, "DG" + dg.getKey() + " does not hash to the value the SOD holds");
            }
        }
        return new Result(ds, csca, digest);
    }

    private static X509Certificate documentSigner(SODFile sod) {
        try {
            X509Certificate ds = sod.getDocSigningCertificate();
            if (ds == null) {
                throw new ChipCheckFailed(ChipCheck.SOD_SIGNATURE, "the SOD carries no Document Signer certificate");
            }
            // as the JDK parses it, so PKIX validation below sees a certificate of its own kind
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(ds.getEncoded()));
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof ChipCheckFailed f) {
                throw f;
            }
            throw new ChipCheckFailed(ChipCheck.SOD_SIGNATURE, "the SOD's Document Signer certificate does not parse", e);
        }
    }

    private static void verifySignature(byte[] sodBytes, X509Certificate ds) {
        boolean valid;
        try {
            // EF.SOD is the CMS ContentInfo inside an application tag 23 (0x77)
            ASN1TaggedObject outer = ASN1TaggedObject.getInstance(ASN1Primitive.fromByteArray(sodBytes));
            CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(outer.getExplicitBaseObject()));
            List<SignerInformation> signers = List.copyOf(cms.getSignerInfos().getSigners());
            if (signers.size() != 1) {
                throw new ChipCheckFailed(ChipCheck.SOD_SIGNATURE, "the SOD has " + signers.size() + " signers, not one");
            }
            valid = signers.get(0).verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(ds));
        } catch (IOException | CMSException | OperatorCreationException | RuntimeException e) {
            if (e instanceof ChipCheckFailed f) {
                throw f;
            }
            throw new ChipCheckFailed(ChipCheck.SOD_SIGNATURE, "the SOD's signature does not verify: " + e.getMessage(), e);
        }
        if (!valid) {
            throw new ChipCheckFailed(ChipCheck.SOD_SIGNATURE, "the SOD's signature does not verify with its Document Signer certificate");
        }
    }

    private static Optional<X509Certificate> issuerOf(X509Certificate ds, List<X509Certificate> cscas) {
        return cscas.stream().filter(c -> c.getSubjectX500Principal().equals(ds.getIssuerX500Principal())).filter(c -> {
            try {
                ds.verify(c.getPublicKey(), BC);
                return true;
            } catch (GeneralSecurityException | RuntimeException e) {
                return false;
            }
        }).findFirst();
    }

    private static void validate(X509Certificate ds, X509Certificate csca, Date at) {
        try {
            PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(csca, null)));
            params.setRevocationEnabled(false); // the trust list's CRLs are checked by hand: many CSCAs publish none
            params.setDate(at);
            CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(ds)), params);
        } catch (CertPathValidatorException e) {
            throw new ChipCheckFailed(ChipCheck.DS_CERTIFICATE, "the Document Signer certificate does not validate under "
                    + csca.getSubjectX500Principal().getName() + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new ChipCheckFailed(ChipCheck.DS_CERTIFICATE, "the Document Signer certificate cannot be validated: " + e.getMessage(), e);
        }
    }

    private static boolean issuedBy(X509CRL crl, X509Certificate csca) {
        if (!crl.getIssuerX500Principal().equals(csca.getSubjectX500Principal())) {
            return false;
        }
        try {
            crl.verify(csca.getPublicKey(), BC);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] hash(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm, BC).digest(data);
        } catch (GeneralSecurityException e) {
            throw new ChipCheckFailed(ChipCheck.DATA_GROUP_HASH, "the SOD's digest algorithm " + algorithm + " is not supported", e);
        }
    }
}
