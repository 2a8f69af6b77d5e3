package org.vigil.identity.application;

import java.util.Base64;
import java.util.UUID;

import org.vigil.identity.kyc.ChipRead;

/**
 * A chip read as a KYC terminal submits it, for the account of the person at the terminal: the files base64 as they
 * came over the wire, decoded only after the caller is known to be a terminal ({@link #read}).
 */
public record ChipEvidenceSubmission(UUID accountId, String mrz, String dg1, String dg2, String sod, String dg14, String dg15) {

    /** A DG2 with a face of a few hundred kilobytes at most; anything larger is not a chip's. */
    public static final int MAX_FILE_BYTES = 512 * 1024;

    /** @throws InvalidFieldException for a file that is not base64 or longer than a chip's */
    public ChipRead read() {
        return new ChipRead(bytes("dg1", dg1), bytes("dg2", dg2), bytes("sod", sod), bytes("dg14", dg14), bytes("dg15", dg15), mrz);
    }

    private static byte[] bytes(String field, String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        if (base64.length() > MAX_FILE_BYTES / 3 * 4 + 4) {
            throw new InvalidFieldException(field, "longer than a chip's file");
        }
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "not base64");
        }
    }
}
