package org.vigil.admin.pharmacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PharmacyStepsTest {

    @Test
    void eachStatusAtTheCounterOffersTheOneNextStep() {
        assertThat(PharmacySteps.next("received")).map(PharmacySteps.Step::status).hasValue("verified");
        assertThat(PharmacySteps.next("verified")).map(PharmacySteps.Step::status).hasValue("in-preparation");
        assertThat(PharmacySteps.next("in-preparation")).map(PharmacySteps.Step::status).hasValue("ready");
        assertThat(PharmacySteps.next("ready")).as("the nurse picks it up, not the pharmacy").isEmpty();
    }

    @Test
    void rejectionOnlyWhileThePharmacyHasIt() {
        assertThat(PharmacySteps.rejectable("received")).isTrue();
        assertThat(PharmacySteps.rejectable("ready")).isTrue();
        assertThat(PharmacySteps.rejectable("picked-up")).isFalse();
        assertThat(PharmacySteps.rejectable("rejected")).isFalse();
        assertThat(PharmacySteps.next("rejected")).isEmpty();
    }
}
