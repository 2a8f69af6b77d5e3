package org.vigil.care.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.care.domain.patient.CareRole;

class PatientAccessPolicyTest {

    private static final UUID PATIENT = UUID.randomUUID();
    private static final UUID PATIENT_ACCOUNT = UUID.randomUUID();
    private static final UUID DOCTOR = UUID.randomUUID();
    private static final UUID NURSE = UUID.randomUUID();

    private final Map<UUID, Set<CareRole>> team = Map.of(DOCTOR, EnumSet.of(CareRole.DOCTOR), NURSE, EnumSet.of(CareRole.NURSE));
    private final CareRelations relations = new CareRelations() {
        @Override
        public Optional<UUID> accountOf(UUID patientId) {
            return patientId.equals(PATIENT) ? Optional.of(PATIENT_ACCOUNT) : Optional.empty();
        }

        @Override
        public Set<CareRole> careTeamRoles(UUID patientId, UUID accountId) {
            return patientId.equals(PATIENT) ? team.getOrDefault(accountId, Set.of()) : Set.of();
        }
    };
    private final PatientAccessPolicy policy = new PatientAccessPolicy(relations,
            (station, patient) -> station.equals("station-7") && patient.equals(PATIENT));

    private static Requester person(UUID account, String... roles) {
        return Requester.person(account, "app", Set.of(roles), "127.0.0.1");
    }

    @Test
    void thePatientReadsTheirOwnDataOnlyWithThePatientRole() {
        assertThat(policy.standing(person(PATIENT_ACCOUNT, "patient"), PATIENT)).isEqualTo(Standing.SELF);
        assertThat(policy.standing(person(PATIENT_ACCOUNT), PATIENT)).isEqualTo(Standing.NONE);
        assertThat(policy.standing(person(UUID.randomUUID(), "patient"), PATIENT)).isEqualTo(Standing.NONE);
    }

    @Test
    void theCareTeamReadsInTheRoleItIsOnTheTeamIn() {
        assertThat(policy.standing(person(DOCTOR, "doctor"), PATIENT)).isEqualTo(Standing.CARE_TEAM);
        assertThat(policy.standing(person(NURSE, "nurse"), PATIENT)).isEqualTo(Standing.CARE_TEAM);
        assertThat(policy.standing(person(NURSE, "doctor"), PATIENT)).as("a nurse on the team holding only a doctor token").isEqualTo(Standing.NONE);
        assertThat(policy.standing(person(UUID.randomUUID(), "doctor"), PATIENT)).as("a doctor outside the team").isEqualTo(Standing.NONE);
        assertThat(policy.standing(person(DOCTOR, "doctor"), UUID.randomUUID())).isEqualTo(Standing.NONE);
    }

    @Test
    void adminsSupervisorsAndGatewaysReadNothing() {
        assertThat(policy.standing(person(UUID.randomUUID(), "admin", "supervisor", "pharmacist"), PATIENT)).isEqualTo(Standing.NONE);
        assertThat(policy.standing(Requester.device("vigil-admin", Set.of("admin"), "::1"), PATIENT)).isEqualTo(Standing.NONE);
        assertThat(policy.standing(Requester.device("gateway-1", Set.of("gateway"), "::1"), PATIENT)).isEqualTo(Standing.NONE);
    }

    @Test
    void aStationReadsOnlyWhatItIsAssignedWithItsOwnDeviceToken() {
        assertThat(policy.standing(Requester.device("station-7", Set.of("station"), "::1"), PATIENT)).isEqualTo(Standing.ASSIGNED_STATION);
        assertThat(policy.standing(Requester.device("station-8", Set.of("station"), "::1"), PATIENT)).isEqualTo(Standing.NONE);
        assertThat(policy.standing(Requester.device("station-7", Set.of("gateway"), "::1"), PATIENT)).isEqualTo(Standing.NONE);
        assertThat(policy.standing(new Requester("station-7", "station-7", Set.of("station"), true, "::1"), PATIENT))
                .as("a person's token is never a station's").isEqualTo(Standing.NONE);
    }

    @Test
    void aConsentedAppReadsItsPatientsResourcesOfItsScopesOnly() {
        Requester app = Requester.app(PATIENT_ACCOUNT, "smart-app", new AppAccess(PATIENT, Set.of("launch/patient", "patient/Observation.rs",
                "patient/Patient.r")), "::1");
        assertThat(policy.standing(app, PATIENT, "Observation", true)).isEqualTo(Standing.CONSENTED_APP);
        assertThat(policy.standing(app, PATIENT, "Observation", false)).isEqualTo(Standing.CONSENTED_APP);
        assertThat(policy.standing(app, PATIENT, "Patient", false)).isEqualTo(Standing.CONSENTED_APP);
        assertThat(policy.standing(app, PATIENT, "Patient", true)).as("patient/Patient.r has no s").isEqualTo(Standing.NONE);
        assertThat(policy.standing(app, PATIENT, "MedicationRequest", false)).isEqualTo(Standing.NONE);
        assertThat(policy.standing(app, UUID.randomUUID(), "Observation", true)).as("another patient").isEqualTo(Standing.NONE);
        assertThat(policy.standing(app, PATIENT)).as("the REST API, beyond FHIR").isEqualTo(Standing.NONE);
    }

    @Test
    void anAppTokenForAPatientThatIsNotThePersonsOwnReadsNothing() {
        Requester someoneElse = Requester.app(DOCTOR, "smart-app", new AppAccess(PATIENT, Set.of("patient/Observation.rs")), "::1");
        assertThat(policy.standing(someoneElse, PATIENT, "Observation", true)).isEqualTo(Standing.NONE);
    }

    @Test
    void othersKeepTheirStandingInFhirInteractions() {
        assertThat(policy.standing(person(PATIENT_ACCOUNT, "patient"), PATIENT, "MedicationRequest", false)).isEqualTo(Standing.SELF);
    }
}
