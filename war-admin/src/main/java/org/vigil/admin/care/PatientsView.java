package org.vigil.admin.care;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.vigil.admin.ui.Feedback;
import org.vigil.care.application.DeviceSummary;
import org.vigil.care.application.PatientSummary;

/** The patients page: find and admit patients, see and change a care team, the gateways and stations. */
@Named
@ViewScoped
public class PatientsView implements Serializable {

    @Inject
    CareFacade care;

    private String query = "";
    private List<PatientSummary> patients = List.of();
    private PatientDetails selected;
    private List<DeviceSummary> gateways = List.of();
    private List<DeviceSummary> stations = List.of();

    private String admitEmail;
    private String familyName;
    private String givenName;
    private LocalDate birthDate;
    private String sex = "female";

    private String memberEmail;
    private String memberRole = "doctor";

    @PostConstruct
    void load() {
        patients = care.patients("");
        gateways = care.gateways();
        stations = care.stations();
    }

    public void search() {
        patients = care.patients(query);
    }

    public void select(UUID patientId) {
        selected = care.patient(patientId).orElse(null);
    }

    public void admit() {
        Feedback.attempt(() -> care.admit(admitEmail, familyName, givenName, birthDate, sex)).ifPresent(id -> {
            Feedback.info("Admitted " + givenName + " " + familyName + ".");
            admitEmail = null;
            familyName = null;
            givenName = null;
            birthDate = null;
            patients = care.patients(query);
            select(id);
        });
    }

    public void addMember() {
        if (selected != null && Feedback.attempt(() -> care.addToCareTeam(selected.patient().patientId(), memberEmail, memberRole))) {
            Feedback.info("Added " + memberEmail + " as " + memberRole + ".");
            memberEmail = null;
            select(selected.patient().patientId());
        }
    }

    public void removeMember(UUID accountId) {
        if (selected != null && Feedback.attempt(() -> care.removeFromCareTeam(selected.patient().patientId(), accountId))) {
            Feedback.info("Taken off the care team.");
            select(selected.patient().patientId());
        }
    }

    public List<String> getSexes() {
        return List.of("female", "male", "other", "unknown");
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? "" : query;
    }

    public List<PatientSummary> getPatients() {
        return patients;
    }

    public PatientDetails getSelected() {
        return selected;
    }

    public List<DeviceSummary> getGateways() {
        return gateways;
    }

    public List<DeviceSummary> getStations() {
        return stations;
    }

    public String getAdmitEmail() {
        return admitEmail;
    }

    public void setAdmitEmail(String admitEmail) {
        this.admitEmail = admitEmail;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    public String getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(String memberRole) {
        this.memberRole = memberRole;
    }
}
