package org.vigil.identity.kyc;

import java.security.cert.X509Certificate;
import java.util.SortedSet;

/**
 * A document whose chip passed passive authentication: its MRZ (from DG1, which the SOD vouches for), the certificates
 * that vouch, the digest algorithm of the SOD and the data groups it covered in this read.
 */
public record VerifiedDocument(Mrz mrz, X509Certificate documentSigner, X509Certificate csca, String digestAlgorithm,
        SortedSet<Integer> dataGroups) {
}
