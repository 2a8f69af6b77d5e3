package org.vigil.care.infrastructure.persistence;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.vigil.care.domain.access.CareRelations;
import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.CareTeamMember;
import org.vigil.care.domain.patient.Patient;

/** The patient's account and care team, read in the caller's transaction. */
public final class JpaCareRelations implements CareRelations {

    private final EntityManager em;

    public JpaCareRelations(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<UUID> accountOf(UUID patientId) {
        return Optional.ofNullable(em.find(Patient.class, patientId)).map(Patient::accountId);
    }

    @Override
    public Set<CareRole> careTeamRoles(UUID patientId, UUID accountId) {
        Set<CareRole> roles = EnumSet.noneOf(CareRole.class);
        em.createQuery("select m from CareTeamMember m where m.patientId = :patient and m.accountId = :account", CareTeamMember.class)
                .setParameter("patient", patientId).setParameter("account", accountId)
                .getResultStream().filter(CareTeamMember::current).map(CareTeamMember::role).forEach(roles::add);
        return roles;
    }
}
