package org.vigil.care.domain.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigil.care.domain.call.CallAdmission.Circumstances;

class CallAdmissionTest {

    private static final Circumstances ALL_WELL = new Circumstances(true, Optional.of("doctor"), true, true, true, false);

    @Test
    void anAssignedStationWithADoctorOrANurseSignedInMayCallAConnectedGateway() {
        assertThat(CallAdmission.refusal(ALL_WELL)).isEmpty();
        assertThat(CallAdmission.refusal(new Circumstances(true, Optional.of("nurse"), true, true, true, false))).isEmpty();
    }

    @Test
    void eachRuleBrokenIsNamedFirstRuleFirst() {
        assertThat(CallAdmission.refusal(new Circumstances(false, Optional.of("doctor"), true, true, true, false)))
                .contains(CallRefusalReason.NOT_A_STATION);
        assertThat(CallAdmission.refusal(new Circumstances(true, Optional.empty(), true, true, true, false)))
                .contains(CallRefusalReason.NOBODY_SIGNED_IN);
        assertThat(CallAdmission.refusal(new Circumstances(true, Optional.of("patient"), true, true, true, false)))
                .as("a patient signed in is nobody to call with").contains(CallRefusalReason.NOBODY_SIGNED_IN);
        assertThat(CallAdmission.refusal(new Circumstances(true, Optional.of("doctor"), false, true, true, false)))
                .contains(CallRefusalReason.NOT_ASSIGNED);
        assertThat(CallAdmission.refusal(new Circumstances(true, Optional.of("doctor"), true, false, false, false)))
                .contains(CallRefusalReason.NO_GATEWAY);
        assertThat(CallAdmission.refusal(new Circumstances(true, Optional.of("doctor"), true, true, false, false)))
                .contains(CallRefusalReason.GATEWAY_OFFLINE);
        assertThat(CallAdmission.refusal(new Circumstances(true, Optional.of("doctor"), true, true, true, true)))
                .contains(CallRefusalReason.BUSY);
        assertThat(CallAdmission.refusal(new Circumstances(true, Optional.empty(), false, false, false, true)))
                .as("nobody signed in is said before anything about the patient").contains(CallRefusalReason.NOBODY_SIGNED_IN);
    }
}
