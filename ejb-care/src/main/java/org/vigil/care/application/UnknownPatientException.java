package org.vigil.care.application;

import org.vigil.platform.problem.ProblemException;

public class UnknownPatientException extends ProblemException {

    public UnknownPatientException(Object patientId) {
        super(404, "unknown-patient", "Unknown patient", "No patient has the id " + patientId + ".");
    }
}
