package org.vigil.care.domain.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.care.domain.access.CareRelations;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.patient.CareRole;

class PrescriptionAccessTest {

    private final UUID teamDoctor = UUID.randomUUID();
    private final UUID stationDoctor = UUID.randomUUID();
    private final UUID pharmacist = UUID.randomUUID();
    private final Prescription prescription = Prescriptions.at(PrescriptionStatus.SIGNED);
    private final UUID patient = prescription.patientId();

    private final PrescriptionAccess access = new PrescriptionAccess(new CareRelations() {
        @Override
        public Optional<UUID> accountOf(UUID patientId) {
            return Optional.empty();
        }

        @Override
        public Set<CareRole> careTeamRoles(UUID patientId, UUID accountId) {
            return patientId.equals(patient) && accountId.equals(teamDoctor) ? EnumSet.of(CareRole.DOCTOR) : EnumSet.noneOf(CareRole.class);
        }
    }, (client, patientId) -> client.equals("ward-3") && patientId.equals(patient),
            (account, pharmacy) -> account.equals(pharmacist) && pharmacy.equals(prescription.pharmacyId()));

    @Test
    void aDoctorPrescribesOnTheCareTeamOrSignedInAtAStationWatchingThePatient() {
        assertThat(access.mayPrescribe(Requester.person(teamDoctor, "app", Set.of("doctor"), "::1"), patient)).isTrue();
        assertThat(access.mayPrescribe(Requester.person(stationDoctor, "ward-3", Set.of("doctor"), "::1"), patient)).isTrue();
        assertThat(access.mayPrescribe(Requester.person(stationDoctor, "app", Set.of("doctor"), "::1"), patient))
                .as("not at the station").isFalse();
        assertThat(access.mayPrescribe(Requester.person(teamDoctor, "app", Set.of("nurse"), "::1"), patient)).as("without the role").isFalse();
        assertThat(access.mayPrescribe(Requester.person(teamDoctor, "app", Set.of(), "::1"), patient))
                .as("an outside application's token carries no roles").isFalse();
        assertThat(access.mayPrescribe(Requester.device("ward-3", Set.of("station", "doctor"), "::1"), patient)).as("a station itself").isFalse();
    }

    @Test
    void thePharmacyReadsAndActsOnlyOnceItHasThePrescription() {
        Requester member = Requester.person(pharmacist, "pharmacy-app", Set.of("pharmacist"), "::1");
        assertThat(access.mayRead(member, prescription)).as("still on the queue").isFalse();
        prescription.received(Prescriptions.T0.plusSeconds(120));
        assertThat(access.mayRead(member, prescription)).isTrue();
        assertThat(access.mayActFor(member, prescription.pharmacyId())).isTrue();
        assertThat(access.mayActFor(Requester.person(UUID.randomUUID(), "pharmacy-app", Set.of("pharmacist"), "::1"),
                prescription.pharmacyId())).as("another pharmacy's pharmacist").isFalse();
        assertThat(access.mayActFor(Requester.person(pharmacist, "pharmacy-app", Set.of(), "::1"), prescription.pharmacyId()))
                .as("without the role").isFalse();
    }

    @Test
    void thePrescriberReadsItAndStrangersDoNot() {
        assertThat(access.mayRead(Requester.person(Prescriptions.DOCTOR, "app", Set.of("doctor"), "::1"), prescription)).isTrue();
        assertThat(access.mayRead(Requester.person(UUID.randomUUID(), "app", Set.of("doctor"), "::1"), prescription)).isFalse();
        assertThat(access.mayRead(Requester.person(teamDoctor, "app", Set.of("doctor"), "::1"), prescription)).as("the care team").isTrue();
        assertThat(access.mayRead(Requester.device("ward-3", Set.of("station"), "::1"), prescription)).as("an assigned station").isTrue();
    }
}
