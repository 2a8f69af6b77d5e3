package org.vigil.care.domain.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ArrivalCheckTest {

    private static final byte[] RENDERED = "%PDF-1.7 rendered %%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] SIGNED = concat(RENDERED, "signature update %%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private final Prescription prescription = Prescriptions.at(PrescriptionStatus.SIGNED);

    @Test
    void thePrescribersPassingSignatureOverTheRenderingGoesToThePharmacy() {
        assertThat(ArrivalCheck.refusal(prescription, RENDERED, SIGNED, findings(signature(Prescriptions.DOCTOR, "TOTAL_PASSED", null))))
                .isEmpty();
    }

    @Test
    void anAlteredPdfGoesBackWithDssIndicationInWords() {
        assertThat(ArrivalCheck.refusal(prescription, RENDERED, SIGNED,
                findings(signature(Prescriptions.DOCTOR, "TOTAL_FAILED", "HASH_FAILURE"))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("changed after it was signed")
                        .contains("DSS: TOTAL_FAILED/HASH_FAILURE").contains("Dr Test"));
    }

    @Test
    void aRevokedCertificateGoesBack() {
        assertThat(ArrivalCheck.refusal(prescription, RENDERED, SIGNED,
                findings(signature(Prescriptions.DOCTOR, "INDETERMINATE", "REVOKED_NO_POE"))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("revoked").contains("INDETERMINATE/REVOKED_NO_POE"));
    }

    @Test
    void aSignatureByAnyoneButThePrescriberGoesBack() {
        assertThat(ArrivalCheck.refusal(prescription, RENDERED, SIGNED, findings(signature(UUID.randomUUID(), "TOTAL_PASSED", null))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not the prescribing doctor").contains("DSS: TOTAL_PASSED"));
        assertThat(ArrivalCheck.refusal(prescription, RENDERED, SIGNED, findings(signature(null, "TOTAL_PASSED", null))))
                .isPresent();
    }

    @Test
    void aValidSignatureOverAnotherPdfGoesBack() {
        byte[] other = SIGNED.clone();
        other[10] ^= 1;
        assertThat(ArrivalCheck.refusal(prescription, RENDERED, other, findings(signature(Prescriptions.DOCTOR, "TOTAL_PASSED", null))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not the one Vigil rendered"));
        assertThat(ArrivalCheck.refusal(prescription, RENDERED, RENDERED, findings(signature(Prescriptions.DOCTOR, "TOTAL_PASSED", null))))
                .isPresent();
    }

    @Test
    void anUnsignedPdfOrAFailingCountersignatureGoesBack() {
        assertThat(ArrivalCheck.refusal(prescription, RENDERED, SIGNED, new SignatureFindings(List.of(), null, null)))
                .hasValue("The PDF carries no signature.");
        assertThat(ArrivalCheck.refusal(prescription, RENDERED, SIGNED, findings(signature(Prescriptions.DOCTOR, "TOTAL_PASSED", null),
                signature(UUID.randomUUID(), "INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND"))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not issued by an authority Vigil trusts"));
    }

    private static SignatureFindings.Signature signature(UUID signer, String indication, String sub) {
        return new SignatureFindings.Signature("Dr Test", signer, "PAdES-BASELINE-LTA", indication, sub, List.of());
    }

    private static SignatureFindings findings(SignatureFindings.Signature... signatures) {
        return new SignatureFindings(List.of(signatures), "<SimpleReport/>", "<DetailedReport/>");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
