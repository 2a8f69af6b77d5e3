package org.vigil.client.sdk.stats;

import org.vigil.client.sdk.Problem;
import org.vigil.client.sdk.VigilApiException;

/** The stats server refused a report (its RFC 9457 problem says why); nothing was stored. */
public class StatsRefusedException extends VigilApiException {

    public StatsRefusedException(Problem problem) {
        super(problem);
    }

    /** 401: the token was refused; a new one may work. */
    public boolean tokenRefused() {
        return problem().status() == 401;
    }
}
