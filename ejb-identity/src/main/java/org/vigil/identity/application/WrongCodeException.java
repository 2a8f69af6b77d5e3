package org.vigil.identity.application;

import java.util.Map;

import org.vigil.platform.problem.ProblemException;

/** The one-time code typed does not match; the problem says how many tries remain. */
public class WrongCodeException extends ProblemException {

    private final int attemptsLeft;

    public WrongCodeException(int attemptsLeft) {
        super(400, "wrong-code", "Wrong code", "The code does not match. Attempts left: " + attemptsLeft + ".");
        this.attemptsLeft = attemptsLeft;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("attemptsLeft", attemptsLeft);
    }
}
