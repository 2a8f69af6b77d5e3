package org.vigil.client.sdk;

/** The server refused a request and said why in a problem+json body. */
public class VigilApiException extends RuntimeException {

    private final transient Problem problem;

    public VigilApiException(Problem problem) {
        super(problem.status() + " " + problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
