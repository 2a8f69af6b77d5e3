package org.vigil.documents.trust;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Vigil's RFC 3161 timestamp authority: turns a DER TimeStampReq into a DER TimeStampResp. A
 * request that cannot be parsed, names another policy or an unknown hash algorithm gets a
 * rejection response, never an exception, because that is what RFC 3161 clients expect.
 */
public final class TimestampAuthority {

    /** The media types of RFC 3161 §3.4, for the HTTP endpoint. */
    public static final String REQUEST_TYPE = "application/timestamp-query";
    public static final String RESPONSE_TYPE = "application/timestamp-reply";

    // Hashes weaker than SHA-256 prove nothing years from now; SHA-1 and MD5 are refused.
    private static final Set<ASN1ObjectIdentifier> ACCEPTED_DIGESTS = Set.of(TSPAlgorithms.SHA256,
            TSPAlgorithms.SHA384, TSPAlgorithms.SHA512, TSPAlgorithms.SHA3_256, TSPAlgorithms.SHA3_384,
            TSPAlgorithms.SHA3_512);

    private final TimeStampResponseGenerator generator;
    private final Clock clock;

    /**
     * @param key the TSA's key; its certificate must carry the critical timeStamping purpose
     * @param policy the TSA policy OID put in every token (and the only one a request may ask for)
     */
    public TimestampAuthority(CertifiedKey key, ASN1ObjectIdentifier policy, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(key.contentSigner(), key.certificate());
            DigestCalculator certIdDigest = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(signerInfo, certIdDigest, policy);
            // Milliseconds let a validator order a signature's timestamp before the revocation
            // data fetched right after it; the accuracy states what the clock is trusted for.
            tokens.setResolution(TimeStampTokenGenerator.R_MILLISECONDS);
            tokens.setAccuracySeconds(1);
            tokens.addCertificates(new JcaCertStore(key.chain().subList(0, key.chain().size() - 1)));
            this.generator = new TimeStampResponseGenerator(tokens, ACCEPTED_DIGESTS, Set.of(policy));
        } catch (OperatorCreationException | CertificateEncodingException | TSPException e) {
            throw new TrustServiceException("cannot set up the timestamp authority: " + e.getMessage(), e);
        }
    }

    public byte[] respond(byte[] request) {
        try {
            TimeStampRequest parsed;
            try {
                parsed = new TimeStampRequest(request);
            } catch (IOException | RuntimeException e) {
                return encode(generator.generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badDataFormat,
                        "not a DER TimeStampReq"));
            }
            // The generator signs through one ContentSigner, whose stream is not thread-safe.
            synchronized (generator) {
                return encode(generator.generate(parsed, SerialNumbers.next(), Date.from(clock.instant())));
            }
        } catch (TSPException e) {
            throw new TrustServiceException("cannot answer a timestamp request: " + e.getMessage(), e);
        }
    }

    private static byte[] encode(TimeStampResponse response) {
        try {
            return response.getEncoded();
        } catch (IOException e) {
            throw new TrustServiceException("cannot encode a timestamp response", e);
        }
    }
}
