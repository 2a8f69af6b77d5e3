package org.vigil.identity.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.MRZInfo;
import org.junit.jupiter.api.Test;
import org.vigil.testsupport.emrtd.TestCsca;
import org.vigil.testsupport.emrtd.TestPassport;

class ChipVerifierTest {

    private static final TestCsca UTOPIA = TestCsca.of("UTO", "Utopia CSCA");
    private static final TestCsca.DocumentSigner DS = UTOPIA.documentSigner("Utopia DS 1");
    private static final CscaTrustList TRUST = new CscaTrustList(List.of(UTOPIA.certificate()), List.of());
    private final ChipVerifier verifier = new ChipVerifier(Clock.systemUTC());

    @Test
    void aGenuinePassportPassesPassiveAuthentication() {
        TestPassport p = TestPassport.builder().signedBy(DS).build();
        VerifiedDocument doc = verifier.verify(read(p), TRUST);
        assertThat(doc.mrz().documentNumber()).isEqualTo("L898902C3");
        assertThat(doc.mrz().primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(doc.documentSigner()).isEqualTo(DS.certificate());
        assertThat(doc.csca()).isEqualTo(UTOPIA.certificate());
        assertThat(doc.dataGroups()).containsExactly(1, 2);
        assertThat(doc.digestAlgorithm()).containsIgnoringCase("SHA").contains("256");
    }

    @Test
    void aGenuineIdCardPassesToo() {
        TestPassport card = TestPassport.builder().td1().number("D23145890").signedBy(DS).build();
        assertThat(verifier.verify(read(card), TRUST).mrz().format()).isEqualTo(Mrz.Format.TD1);
    }

    @Test
    void aForgedDataGroupIsRefused() throws Exception {
        TestPassport p = TestPassport.builder().signedBy(DS).build();
        MRZInfo other = new MRZInfo(p.mrzInfo().toString().replace("ANNA<MARIA", "MALLORY<<<"));
        TestPassport forged = p.withDg1(new DG1File(other).getEncoded());
        assertRefused(read(forged, p.mrz()), TRUST, ChipCheck.DATA_GROUP_HASH, "DG1");
    }

    @Test
    void aDocumentSignerOfAnUnknownCscaIsRefused() {
        TestCsca elsewhere = TestCsca.of("UTO", "Utopia CSCA");
        TestPassport p = TestPassport.builder().signedBy(elsewhere.documentSigner("Utopia DS 1")).build();
        assertRefused(read(p), TRUST, ChipCheck.UNKNOWN_CSCA, "trust list");
    }

    @Test
    void aRevokedDocumentSignerIsRefused() {
        TestPassport p = TestPassport.builder().signedBy(DS).build();
        CscaTrustList withCrl = new CscaTrustList(List.of(UTOPIA.certificate()), List.of(UTOPIA.crlRevoking(DS.certificate())));
        assertRefused(read(p), withCrl, ChipCheck.CERTIFICATE_REVOKED, "revokes");
        CscaTrustList otherCrl = new CscaTrustList(List.of(UTOPIA.certificate()),
                List.of(UTOPIA.crlRevoking(UTOPIA.documentSigner("Utopia DS 2").certificate())));
        assertThat(verifier.verify(read(p), otherCrl)).isNotNull();
    }

    @Test
    void aSodSignedByAnotherKeyIsRefused() {
        TestCsca.DocumentSigner other = UTOPIA.documentSigner("Utopia DS 3");
        TestPassport p = TestPassport.builder().signedBy(new TestCsca.DocumentSigner(DS.certificate(), other.key())).build();
        assertRefused(read(p), TRUST, ChipCheck.SOD_SIGNATURE, "signature");
    }

    @Test
    void anExpiredDocumentIsRefused() {
        TestPassport p = TestPassport.builder().expiry(LocalDate.now().minusDays(1)).signedBy(DS).build();
        assertRefused(read(p), TRUST, ChipCheck.DOCUMENT_EXPIRED, "expired on");
    }

    @Test
    void aTypedMrzWithAWrongCheckDigitIsRefused() {
        TestPassport p = TestPassport.builder().signedBy(DS).build();
        String typo = p.mrz().replace("L898902C36", "L898902C35");
        assertRefused(read(p, typo), TRUST, ChipCheck.MRZ_CHECK_DIGIT, "document number");
    }

    @Test
    void aChipOfAnotherDocumentThanTheMrzIsRefused() {
        TestPassport p = TestPassport.builder().signedBy(DS).build();
        TestPassport q = TestPassport.builder().number("X12345678").signedBy(DS).build();
        assertRefused(read(p, q.mrz()), TRUST, ChipCheck.MRZ_MISMATCH, "another document");
    }

    @Test
    void missingDataGroupsAreRefused() {
        TestPassport p = TestPassport.builder().signedBy(DS).build();
        assertRefused(new ChipRead(p.dg1(), null, p.sod(), null, null, p.mrz()), TRUST, ChipCheck.DATA_GROUP_FORMAT, "DG2");
        assertRefused(new ChipRead(p.dg1(), p.dg2(), p.sod(), null, new byte[] {1, 2, 3}, p.mrz()), TRUST, ChipCheck.DATA_GROUP_HASH, "DG15");
        assertRefused(new ChipRead(p.dg1(), p.dg2(), new byte[] {0x77, 1, 0}, null, null, p.mrz()), TRUST, ChipCheck.DATA_GROUP_FORMAT, "SOD");
    }

    static ChipRead read(TestPassport p) {
        return read(p, p.mrz());
    }

    static ChipRead read(TestPassport p, String mrz) {
        return new ChipRead(p.dg1(), p.dg2(), p.sod(), null, null, mrz);
    }

    private void assertRefused(ChipRead read, CscaTrustList trust, ChipCheck check, String detail) {
        assertThatThrownBy(() -> verifier.verify(read, trust)).isInstanceOfSatisfying(ChipCheckFailed.class, e -> {
            assertThat(e.check()).as(e.getMessage()).isEqualTo(check);
            assertThat(e.getMessage()).contains(detail);
        });
    }
}
