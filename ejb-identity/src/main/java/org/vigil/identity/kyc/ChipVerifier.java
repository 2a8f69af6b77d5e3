package org.vigil.identity.kyc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;

/**
 * Everything the server checks about a chip read before it believes the document, in this order: the MRZ the terminal
 * used is well formed with true check digits; passive authentication of the SOD and of every data group sent; DG1's
 * MRZ (which the SOD vouches for) has true check digits too and names the same document as the MRZ used; the document
 * has not expired. Whether it names the account's holder is {@link HolderMatch}'s question.
 */
public final class ChipVerifier {

    private final Clock clock;

    public ChipVerifier(Clock clock) {
        this.clock = clock;
    }

    /** @throws ChipCheckFailed naming the first check that fails */
    public VerifiedDocument verify(ChipRead read, CscaTrustList trust) {
        LocalDate today = LocalDate.now(clock);
        if (read.dg1() == null || read.dg2() == null || read.sod() == null) {
            throw new ChipCheckFailed(ChipCheck.DATA_GROUP_FORMAT, "DG1, DG2 and the SOD are all needed");
        }
        Mrz typed = Mrz.parse(read.mrz(), today);
        Map<Integer, byte[]> groups = new TreeMap<>();
        groups.put(1, read.dg1());
        groups.put(2, read.dg2());
        if (read.dg14() != null) {
            groups.put(14, read.dg14());
        }
        if (read.dg15() != null) {
            groups.put(15, read.dg15());
        }
        PassiveAuthentication.Result pa = PassiveAuthentication.verify(read.sod(), groups, trust, Date.from(clock.instant()));
        Mrz chip = Mrz.parse(dg1Mrz(read.dg1()), today);
        faceParses(read.dg2());
        if (!chip.bacFields().equals(typed.bacFields())) {
            throw new ChipCheckFailed(ChipCheck.MRZ_MISMATCH, "the chip's DG1 names another document than the MRZ used to open it");
        }
        if (chip.expiryDate().isBefore(today)) {
            throw new ChipCheckFailed(ChipCheck.DOCUMENT_EXPIRED, "the document expired on " + chip.expiryDate());
        }
        return new VerifiedDocument(chip, pa.documentSigner(), pa.csca(), pa.digestAlgorithm(), new TreeSet<>(groups.keySet()));
    }

    private static String dg1Mrz(byte[] dg1) {
        try {
            return new DG1File(new ByteArrayInputStream(dg1)).getMRZInfo().toString();
        } catch (IOException | RuntimeException e) {
            throw new ChipCheckFailed(ChipCheck.DATA_GROUP_FORMAT, "DG1 does not parse", e);
        }
    }

    private static void faceParses(byte[] dg2) {
        try {
            if (new DG2File(new ByteArrayInputStream(dg2)).getFaceInfos().isEmpty()) {
                throw new ChipCheckFailed(ChipCheck.DATA_GROUP_FORMAT, "DG2 holds no face");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ChipCheckFailed f) {
                throw f;
            }
            throw new ChipCheckFailed(ChipCheck.DATA_GROUP_FORMAT, "DG2 does not parse", e);
        }
    }
}
