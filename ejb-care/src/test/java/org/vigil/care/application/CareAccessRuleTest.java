package org.vigil.care.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.vigil.platform.access.Caller;

/** Who may act on care at all, as the API's 403 answers tell it (the ITs check these texts). */
class CareAccessRuleTest {

    private static final UUID ACCOUNT = UUID.randomUUID();

    private static Caller person(String... roles) {
        return new Caller(ACCOUNT.toString(), false, Set.of(roles), Set.of("openid"), true, "192.0.2.7");
    }

    private static Caller viaOutsideApp(String... roles) {
        return new Caller(ACCOUNT.toString(), false, Set.of(roles), Set.of("openid"), false, "192.0.2.7");
    }

    private static Caller client(String... roles) {
        return new Caller("vigil-admin", true, Set.of(roles), Set.of("vigil:admin"), true, "192.0.2.7");
    }

    private static String refusal(Function<Caller, UUID> rule, Caller caller) {
        CareRefusal refused = catchThrowableOfType(CareRefusal.class, () -> rule.apply(caller));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.type()).hasToString("urn:vigil:problem:forbidden");
        assertThat(refused.title()).isEqualTo("Forbidden");
        return refused.detail();
    }

    @Test
    void aSupervisorIsAPersonWithTheRoleThroughOneOfVigilsOwnApplications() {
        assertThat(CareAccessRule.supervisor(person("supervisor"))).isEqualTo(ACCOUNT);
        assertThat(CareAccessRule.auditName(ACCOUNT)).isEqualTo("account:" + ACCOUNT);

        assertThat(refusal(CareAccessRule::supervisor, person("doctor", "admin"))).isEqualTo("This call needs a supervisor's token.");
        assertThat(refusal(CareAccessRule::supervisor, client("supervisor"))).as("a client acting for itself")
                .isEqualTo("This call needs a supervisor's token.");
        assertThat(refusal(CareAccessRule::supervisor, viaOutsideApp("supervisor")))
                .isEqualTo("Care calls are open to Vigil's own applications only; this token was issued to another.");
        assertThat(refusal(CareAccessRule::supervisor, viaOutsideApp("doctor"))).as("the role is checked first")
                .isEqualTo("This call needs a supervisor's token.");
    }

    @Test
    void callSettingsAreForSupervisorsAndDoctors() {
        assertThat(CareAccessRule.supervisorOrDoctor(person("supervisor"))).isEqualTo(ACCOUNT);
        assertThat(CareAccessRule.supervisorOrDoctor(person("doctor"))).isEqualTo(ACCOUNT);
        assertThat(refusal(CareAccessRule::supervisorOrDoctor, person("nurse", "patient")))
                .isEqualTo("This call needs a supervisor's or a doctor's token.");
        assertThat(refusal(CareAccessRule::supervisorOrDoctor, client("supervisor"))).isEqualTo("This call needs a supervisor's or a doctor's token.");
        assertThat(refusal(CareAccessRule::supervisorOrDoctor, viaOutsideApp("doctor")))
                .isEqualTo("Care calls are open to Vigil's own applications only; this token was issued to another.");
    }

    @Test
    void careStaffAreDoctorsAndNursesAndOnlyDoctorsChooseWhatOnlyADoctorMay() {
        assertThat(CareAccessRule.careStaff(person("doctor"))).isEqualTo(ACCOUNT);
        assertThat(CareAccessRule.careStaff(person("nurse"))).isEqualTo(ACCOUNT);
        assertThat(CareAccessRule.careStaff(person("nurse", "doctor"))).isEqualTo(ACCOUNT);
        assertThat(refusal(CareAccessRule::careStaff, person("supervisor", "patient")))
                .isEqualTo("This call needs a doctor's or a nurse's token.");
        assertThat(refusal(CareAccessRule::careStaff, viaOutsideApp("nurse")))
                .isEqualTo("Care calls are open to Vigil's own applications only; this token was issued to another.");

        assertThat(CareAccessRule.doctor(person("doctor"))).isEqualTo(ACCOUNT);
        assertThat(refusal(CareAccessRule::doctor, person("nurse"))).isEqualTo("This call needs a doctor's token.");
        assertThat(refusal(CareAccessRule::doctor, viaOutsideApp("doctor")))
                .isEqualTo("Care calls are open to Vigil's own applications only; this token was issued to another.");
    }

    @Test
    void aSubjectThatIsNoAccountIdHasNoStanding() {
        Caller odd = new Caller("mallory", false, Set.of("supervisor"), Set.of(), true, null);
        assertThat(refusal(CareAccessRule::supervisor, odd)).isEqualTo("This call needs a supervisor's token.");
    }

    @Test
    void scopesNeitherGrantNorTakeAwayACareRole() {
        Caller withoutAnyScope = new Caller(ACCOUNT.toString(), false, Set.of("supervisor"), Set.of(), true, null);
        assertThat(CareAccessRule.supervisor(withoutAnyScope)).isEqualTo(ACCOUNT);
        Caller adminScopeOnly = new Caller(ACCOUNT.toString(), false, Set.of("admin"), Set.of("vigil:admin"), true, null);
        assertThat(refusal(CareAccessRule::careStaff, adminScopeOnly)).isEqualTo("This call needs a doctor's or a nurse's token.");
    }
}
