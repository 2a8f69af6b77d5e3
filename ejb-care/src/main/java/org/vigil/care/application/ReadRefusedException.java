package org.vigil.care.application;

import org.vigil.platform.problem.ProblemException;

/**
 * 403: the caller has no standing for this patient (see {@code PatientAccessPolicy}). Not rolled
 * back, like every {@link ProblemException}: the audit record of the refused read stays.
 */
public class ReadRefusedException extends ProblemException {

    public ReadRefusedException() {
        super(403, "forbidden", "Forbidden", "Only the patient, their care team and a station they are assigned to may read this patient's data.");
    }
}
