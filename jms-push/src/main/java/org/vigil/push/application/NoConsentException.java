package org.vigil.push.application;

import org.vigil.platform.problem.ProblemException;

/** The application may push only to people who consented to it; the answer reveals no accounts. */
public class NoConsentException extends ProblemException {

    public NoConsentException() {
        super(403, "no-consent", "No consent", "The recipient has not consented to this application (or does not exist).");
    }
}
