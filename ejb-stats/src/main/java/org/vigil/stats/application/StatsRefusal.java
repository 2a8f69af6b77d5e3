package org.vigil.stats.application;

import org.vigil.platform.problem.ProblemException;

/** The stats server says no: a caller that is not a device, or a report that makes no sense. */
public class StatsRefusal extends ProblemException {

    private StatsRefusal(int status, String type, String title, String detail) {
        super(status, type, title, detail);
    }

    public static StatsRefusal notADevice() {
        return new StatsRefusal(403, "forbidden", "Forbidden",
                "Health reports come from enrolled devices (gateway, station, KYC terminal) with their own token.");
    }

    public static StatsRefusal invalid(String field, String why) {
        return new StatsRefusal(400, "invalid-report", "Invalid health report", field + ": " + why);
    }
}
