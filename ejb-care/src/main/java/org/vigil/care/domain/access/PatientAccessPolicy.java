package org.vigil.care.domain.access;

import java.util.Set;
import java.util.UUID;

import org.vigil.care.domain.patient.CareRole;

/**
 * The one rule for reading a patient's vitals and record, wherever they are read (REST, FHIR):
 *
 * <ul>
 * <li>a patient reads their own data: a person's token, role {@code patient}, whose account is the patient's;</li>
 * <li>a doctor or nurse reads the data of the patients whose care team they are on today, in that
 *     role: a token of role {@code doctor} reads as a team doctor, {@code nurse} as a team nurse;</li>
 * <li>a monitoring station reads the patients assigned to it right now, with its own device token
 *     (role {@code station}), as {@link StationAssignments} answers;</li>
 * <li>nobody else. Admins admit patients and enroll devices but do not read vitals: their reading
 *     right is the audit trail. Supervisors assign patients to stations without reading their
 *     vitals; gateways only write; a role alone (a doctor outside the team) is not enough.</li>
 * </ul>
 * A patient id nobody has gives no standing either, so a refusal never tells who exists.
 *
 * <p>An outside application has no standing here: its token carries no roles. Only the FHIR reads give it one, through
 * {@link #standing(Requester, UUID, String, boolean)}, for the patient it was launched for and its scopes' resource types.
 */
public final class PatientAccessPolicy {

    private final CareRelations relations;
    private final StationAssignments assignments;

    public PatientAccessPolicy(CareRelations relations, StationAssignments assignments) {
        this.relations = relations;
        this.assignments = assignments;
    }

    /**
     * The standing for one FHIR interaction: an outside application reads the patient it was launched for, whose own
     * account signed in to it, in the resource types and interactions its SMART scopes allow; everybody else as
     * {@link #standing(Requester, UUID)} says.
     */
    public Standing standing(Requester requester, UUID patientId, String resourceType, boolean search) {
        if (requester.appAccess().isEmpty()) {
            return standing(requester, patientId);
        }
        AppAccess app = requester.appAccess().get();
        UUID account = requester.accountId().orElse(null);
        boolean ownRecord = account != null && app.patientId().equals(patientId)
                && relations.accountOf(patientId).map(account::equals).orElse(false);
        return ownRecord && app.permits(resourceType, search) ? Standing.CONSENTED_APP : Standing.NONE;
    }

    public Standing standing(Requester requester, UUID patientId) {
        if (requester.appAccess().isPresent()) {
            // an outside application reads through FHIR only, with the scopes the patient consented to
            return Standing.NONE;
        }
        if (!requester.person()) {
            return requester.hasRole("station") && assignments.watches(requester.clientId(), patientId) ? Standing.ASSIGNED_STATION
                    : Standing.NONE;
        }
        UUID account = requester.accountId().orElse(null);
        if (account == null) {
            return Standing.NONE;
        }
        if (requester.hasRole("patient") && relations.accountOf(patientId).map(account::equals).orElse(false)) {
            return Standing.SELF;
        }
        Set<CareRole> team = (requester.hasRole("doctor") || requester.hasRole("nurse"))
                ? relations.careTeamRoles(patientId, account) : Set.of();
        if ((team.contains(CareRole.DOCTOR) && requester.hasRole("doctor")) || (team.contains(CareRole.NURSE) && requester.hasRole("nurse"))) {
            return Standing.CARE_TEAM;
        }
        return Standing.NONE;
    }
}
