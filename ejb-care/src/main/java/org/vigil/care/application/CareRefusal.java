package org.vigil.care.application;

import org.vigil.platform.problem.ProblemException;

/**
 * A care request refused before it changed anything: a conflict with the current state, a
 * caller outside the patient's care team, an unknown station or alert. Named by its problem type.
 */
public class CareRefusal extends ProblemException {

    public CareRefusal(int status, String type, String title, String detail) {
        super(status, type, title, detail);
    }

    public static CareRefusal notFound(String what, Object id) {
        return new CareRefusal(404, "unknown-" + what, "Unknown " + what, "No " + what + " has the id " + id + ".");
    }

    public static CareRefusal forbidden(String detail) {
        return new CareRefusal(403, "forbidden", "Forbidden", detail);
    }

    public static CareRefusal conflict(String type, String detail) {
        return new CareRefusal(409, type, "Conflict", detail);
    }

    public static CareRefusal invalid(String detail) {
        return new CareRefusal(400, "invalid-request", "Invalid request", detail);
    }
}
