package org.vigil.client.sdk.authenticator;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificate a key store entry needs to hold a private key. Nobody validates it: the
 * server trusts the JWK it enrolled, not this certificate, so it is self-signed and long-lived.
 */
final class SelfSignedCertificate {

    private static final X500Name SUBJECT = new X500Name("CN=Vigil authenticator");
    private static final Duration VALIDITY = Duration.ofDays(36_525);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SelfSignedCertificate() {
    }

    /** @param provider the JCA provider that holds {@code privateKey}, or null for the defaults */
    static X509Certificate create(PublicKey publicKey, PrivateKey privateKey, Provider provider) {
        Instant now = Instant.now();
        try {
            JcaContentSignerBuilder signerBuilder = new JcaContentSignerBuilder("SHA256withECDSA");
            if (provider != null) {
                signerBuilder.setProvider(provider);
            }
            ContentSigner signer = signerBuilder.build(privateKey);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(SUBJECT,
                    new BigInteger(63, RANDOM).add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofMinutes(1))), Date.from(now.plus(VALIDITY)),
                    SUBJECT, publicKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException | CertificateException e) {
            throw new DeviceKeyException("could not make the key's certificate: " + e.getMessage(), e);
        }
    }
}
