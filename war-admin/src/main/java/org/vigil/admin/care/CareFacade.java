package org.vigil.admin.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.vigil.admin.audit.ConsoleAudit;
import org.vigil.admin.security.ConsoleRole;
import org.vigil.admin.security.ConsoleUser;
import org.vigil.care.application.AssignmentView;
import org.vigil.care.application.CareAdministration;
import org.vigil.care.application.CareDirectory;
import org.vigil.care.application.DeviceSummary;
import org.vigil.care.application.PatientSummary;
import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.Sex;
import org.vigil.identity.application.AccountLookup;
import org.vigil.identity.application.InvalidFieldException;

/**
 * Patients, care teams, gateways and stations for admins; the assignments in force for
 * supervisors. Reading patients is reading patient data: each read is on the audit trail, recorded here. A change is
 * the care module's to allow and audit: it gets the person as a {@link org.vigil.platform.access.Caller} from their
 * session's token, as the admin API hands it a bearer token's.
 */
@ApplicationScoped
public class CareFacade {

    @EJB
    CareDirectory directory;

    @EJB
    CareAdministration care;

    @EJB
    AccountLookup accounts;

    @Inject
    ConsoleUser user;

    @Inject
    ConsoleAudit audit;

    @Transactional
    public List<PatientSummary> patients(String text) {
        user.require(ConsoleRole.ADMIN);
        List<PatientSummary> found = directory.patients(text, 200);
        audit.record("patient.search", "patients", found.size() + " found for \"" + (text == null ? "" : text) + "\"");
        return found;
    }

    /** The patients to choose from in a form (a gateway's home): ids and names only. */
    @Transactional
    public List<PatientSummary> patientsForChoice() {
        return patients("");
    }

    @Transactional
    public Optional<PatientDetails> patient(UUID patientId) {
        user.require(ConsoleRole.ADMIN);
        Optional<PatientSummary> patient = directory.patient(patientId);
        audit.record("patient.read", "patient:" + patientId, "console");
        return patient.map(p -> new PatientDetails(p, directory.careTeam(patientId).stream()
                .map(m -> new CareTeamRow(m.accountId(), nameOf(m.accountId()), m.role().toLowerCase(Locale.ROOT))).toList()));
    }

    @Transactional
    public UUID admit(String email, String familyName, String givenName, LocalDate birthDate, String sex) {
        user.require(ConsoleRole.ADMIN);
        UUID account = accounts.byEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> new InvalidFieldException("email", "no account has this email address"));
        return care.admit(user.caller(), account, familyName.strip(), givenName.strip(), birthDate, Sex.valueOf(sex.toUpperCase(Locale.ROOT)));
    }

    @Transactional
    public void addToCareTeam(UUID patientId, String email, String role) {
        user.require(ConsoleRole.ADMIN);
        UUID account = accounts.byEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> new InvalidFieldException("email", "no account has this email address"));
        care.addToCareTeam(user.caller(), patientId, account, CareRole.valueOf(role.toUpperCase(Locale.ROOT)));
    }

    @Transactional
    public void removeFromCareTeam(UUID patientId, UUID accountId) {
        user.require(ConsoleRole.ADMIN);
        care.removeFromCareTeam(user.caller(), patientId, accountId);
    }

    public List<DeviceSummary> gateways() {
        user.require(ConsoleRole.ADMIN);
        return directory.gateways();
    }

    public List<DeviceSummary> stations() {
        user.require(ConsoleRole.ADMIN);
        return directory.stations();
    }

    /** The assignments in force, named: supervisors see whom each station watches. */
    @Transactional
    public List<AssignmentRow> currentAssignments() {
        if (!user.has(ConsoleRole.SUPERVISOR)) {
            user.require(ConsoleRole.ADMIN);
        }
        List<AssignmentView> current = directory.currentAssignments();
        Map<UUID, String> stations = directory.stations().stream().collect(Collectors.toMap(DeviceSummary::id, DeviceSummary::name));
        Map<UUID, PatientSummary> patients = directory.patients("", CareDirectory.MAX_RESULTS).stream()
                .collect(Collectors.toMap(PatientSummary::patientId, Function.identity()));
        audit.record("assignment.list", "assignments", current.size() + " in force");
        return current.stream().map(a -> new AssignmentRow(a.id(), a.patientId(),
                Optional.ofNullable(patients.get(a.patientId())).map(p -> p.familyName() + ", " + p.givenName()).orElse(a.patientId().toString()),
                a.stationId(), stations.getOrDefault(a.stationId(), a.stationId().toString()), nameOf(a.assignedBy()), a.assignedAt())).toList();
    }

    private String nameOf(UUID accountId) {
        return accounts.account(accountId).map(a -> a.firstName() + " " + a.lastName()).orElse(accountId.toString());
    }
}
