package org.vigil.care.domain.prescription;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of a prescription: the medication by name, optionally coded (e.g. an ATC, RxNorm or
 * SNOMED CT code and the URI of its system), and how it is to be taken and dispensed. Free text
 * in the prescriber's words, as on a paper prescription; what must be present is checked by
 * {@link Prescribing}.
 */
@Embeddable
public class MedicationItem {

    @Column(nullable = false)
    private String medication;

    @Column
    private String code;

    @Column(name = "code_system")
    private String codeSystem;

    @Column
    private String strength;

    @Column(nullable = false)
    private String dose;

    @Column(nullable = false)
    private String route;

    @Column(nullable = false)
    private String frequency;

    @Column
    private String duration;

    @Column(nullable = false)
    private String quantity;

    @Column
    private String instructions;

    protected MedicationItem() {
        // for JPA
    }

    public MedicationItem(String medication, String code, String codeSystem, String strength, String dose, String route,
            String frequency, String duration, String quantity, String instructions) {
        this.medication = medication;
        this.code = code;
        this.codeSystem = codeSystem;
        this.strength = strength;
        this.dose = dose;
        this.route = route;
        this.frequency = frequency;
        this.duration = duration;
        this.quantity = quantity;
        this.instructions = instructions;
    }

    public String medication() {
        return medication;
    }

    public String code() {
        return code;
    }

    public String codeSystem() {
        return codeSystem;
    }

    public String strength() {
        return strength;
    }

    public String dose() {
        return dose;
    }

    public String route() {
        return route;
    }

    public String frequency() {
        return frequency;
    }

    public String duration() {
        return duration;
    }

    public String quantity() {
        return quantity;
    }

    public String instructions() {
        return instructions;
    }

    /** "Amoxicillin 500 mg": the medication and strength, as a line's heading and in titles. */
    public String label() {
        return strength == null ? medication : medication + " " + strength;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MedicationItem m && Objects.equals(medication, m.medication) && Objects.equals(code, m.code)
                && Objects.equals(codeSystem, m.codeSystem) && Objects.equals(strength, m.strength) && Objects.equals(dose, m.dose)
                && Objects.equals(route, m.route) && Objects.equals(frequency, m.frequency) && Objects.equals(duration, m.duration)
                && Objects.equals(quantity, m.quantity) && Objects.equals(instructions, m.instructions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(medication, code, strength, dose, route, frequency, quantity);
    }
}
