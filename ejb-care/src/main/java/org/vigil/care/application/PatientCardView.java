package org.vigil.care.application;

/** A patient as a station's tile shows them: who, which SpO2 scale their NEWS2 uses, and NEWS2 now. */
public record PatientCardView(PatientSummary patient, int spo2Scale, News2View news2) {
}
