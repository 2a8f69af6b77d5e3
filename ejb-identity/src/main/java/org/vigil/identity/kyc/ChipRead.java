package org.vigil.identity.kyc;

import java.util.Arrays;

/**
 * What a KYC terminal read from a document's chip, as it sent it: the data groups' and the SOD's bytes exactly as the
 * chip holds them (DG14 and DG15 only where the chip has them), and the MRZ it used for BAC (typed or scanned).
 */
public record ChipRead(byte[] dg1, byte[] dg2, byte[] sod, byte[] dg14, byte[] dg15, String mrz) {

    public ChipRead {
        dg1 = copy(dg1);
        dg2 = copy(dg2);
        sod = copy(sod);
        dg14 = copy(dg14);
        dg15 = copy(dg15);
    }

    private static byte[] copy(byte[] bytes) {
        return bytes == null ? null : bytes.clone();
    }

    @Override
    public byte[] dg1() {
        return copy(dg1);
    }

    @Override
    public byte[] dg2() {
        return copy(dg2);
    }

    @Override
    public byte[] sod() {
        return copy(sod);
    }

    @Override
    public byte[] dg14() {
        return copy(dg14);
    }

    @Override
    public byte[] dg15() {
        return copy(dg15);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChipRead r && Arrays.equals(dg1, r.dg1) && Arrays.equals(dg2, r.dg2) && Arrays.equals(sod, r.sod)
                && Arrays.equals(dg14, r.dg14) && Arrays.equals(dg15, r.dg15) && java.util.Objects.equals(mrz, r.mrz);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sod);
    }

    @Override
    public String toString() {
        return "ChipRead[" + (dg1 == null ? 0 : dg1.length) + " B DG1, " + (dg2 == null ? 0 : dg2.length) + " B DG2, "
                + (sod == null ? 0 : sod.length) + " B SOD]";
    }
}
