package org.vigil.platform.problem;

import java.net.URI;
import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the caller can act on, named the way the API reports it (RFC 9457): each subclass
 * is one kind of problem with its own type URI and HTTP status. Business code throws these;
 * the API turns them into problem+json without knowing each one.
 *
 * <p>Not rolled back by default: a refusal that counts an attempt (a wrong one-time code) must
 * keep the count. A subclass that must undo its transaction says so with its own
 * {@code @ApplicationException(rollback = true)}.
 */
@ApplicationException(rollback = false, inherited = true)
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final URI type;
    private final String title;

    protected ProblemException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = URI.create("urn:vigil:problem:" + type);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** Extra members of the problem object, e.g. {@code attemptsLeft}; none by default. */
    public Map<String, Object> extensions() {
        return Map.of();
    }

    /** Response headers that belong to this problem, e.g. {@code Retry-After}; none by default. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
