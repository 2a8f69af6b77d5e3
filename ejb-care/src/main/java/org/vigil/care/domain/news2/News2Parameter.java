package org.vigil.care.domain.news2;

/** The seven physiological parameters of the NEWS2 chart. */
public enum News2Parameter {
    RESPIRATION_RATE, SPO2, AIR_OR_OXYGEN, SYSTOLIC_BLOOD_PRESSURE, PULSE, CONSCIOUSNESS, TEMPERATURE
}
