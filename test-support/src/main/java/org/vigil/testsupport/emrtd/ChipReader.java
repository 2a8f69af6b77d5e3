package org.vigil.testsupport.emrtd;

import java.io.IOException;
import java.io.InputStream;

import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import org.jmrtd.BACKey;
import org.jmrtd.PassportService;

/**
 * The terminal's side of a chip read, as a KYC terminal does it with JMRTD: select the eMRTD application, BAC with the
 * MRZ's document number and dates, then DG1, DG2 and EF.SOD through secure messaging, each exactly as the chip holds it.
 */
public final class ChipReader {

    /** What was read. */
    public record Read(byte[] dg1, byte[] dg2, byte[] sod) {
    }

    private ChipReader() {
    }

    /** @param card an unopened card service (a PC/SC terminal's, or one in process) */
    public static Read read(CardService card, String documentNumber, String birthYymmdd, String expiryYymmdd)
            throws CardServiceException, IOException {
        PassportService service = new PassportService(card, PassportService.NORMAL_MAX_TRANCEIVE_LENGTH,
                PassportService.DEFAULT_MAX_BLOCKSIZE, false, true);
        service.open();
        try {
            service.sendSelectApplet(false);
            service.doBAC(new BACKey(documentNumber, birthYymmdd, expiryYymmdd));
            return new Read(file(service, PassportService.EF_DG1), file(service, PassportService.EF_DG2), file(service, PassportService.EF_SOD));
        } finally {
            service.close();
        }
    }

    private static byte[] file(PassportService service, short fid) throws CardServiceException, IOException {
        try (InputStream in = service.getInputStream(fid)) {
            return in.readAllBytes();
        }
    }
}
