package org.vigil.testsupport.emrtd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;
import org.junit.jupiter.api.Test;

/** The emulated chip read by JMRTD in process (no PC/SC): BAC, secure messaging and the files as the LDS made them. */
class VirtualPassportTest {

    private final TestCsca csca = TestCsca.of("UTO", "Utopia CSCA");
    private final TestPassport passport = TestPassport.builder().signedBy(csca.documentSigner("DS")).build();

    @Test
    void jmrtdReadsTheFilesBehindBacAndSecureMessaging() throws Exception {
        ChipReader.Read read = ChipReader.read(new InProcess(new VirtualPassport(passport)), passport.mrzInfo().getDocumentNumber(),
                passport.mrzInfo().getDateOfBirth(), passport.mrzInfo().getDateOfExpiry());
        assertThat(read.dg1()).isEqualTo(passport.dg1());
        assertThat(read.dg2()).isEqualTo(passport.dg2());
        assertThat(read.sod()).isEqualTo(passport.sod());
    }

    @Test
    void aWrongMrzOpensNothing() {
        assertThatThrownBy(() -> ChipReader.read(new InProcess(new VirtualPassport(passport)), "X00000000",
                passport.mrzInfo().getDateOfBirth(), passport.mrzInfo().getDateOfExpiry())).isInstanceOf(CardServiceException.class);
    }

    @Test
    void nothingIsReadInTheClear() {
        VirtualPassport chip = new VirtualPassport(passport);
        byte[] select = {0x00, (byte) 0xA4, 0x02, 0x0C, 0x02, 0x01, 0x01};
        assertThat(chip.process(select)).containsExactly(0x69, (byte) 0x82);
        byte[] read = {0x00, (byte) 0xB0, 0x00, 0x00, 0x10};
        assertThat(chip.process(read)).containsExactly(0x69, (byte) 0x82);
    }

    /** A card service that hands each APDU to the emulated chip directly. */
    static final class InProcess extends CardService {
        private final VirtualPassport chip;
        private boolean open;

        InProcess(VirtualPassport chip) {
            this.chip = chip;
        }

        @Override
        public void open() {
            open = true;
            chip.reset();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) {
            return new ResponseAPDU(chip.process(command.getBytes()));
        }

        @Override
        public byte[] getATR() {
            return chip.atr();
        }

        @Override
        public void close() {
            open = false;
        }

        @Override
        public boolean isConnectionLost(Exception e) {
            return false;
        }
    }
}
