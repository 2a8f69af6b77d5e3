package org.vigil.platform.access;

import java.util.Map;

import org.vigil.platform.problem.ProblemException;

/** 403 with RFC 6750 §3.1's challenge: the role is there, the scope that lets it act is not. */
public final class InsufficientScope extends ProblemException {

    private final String scope;

    InsufficientScope(String scope) {
        super(403, "insufficient-scope", "Insufficient scope", "This call needs a token with the " + scope
                + " scope as well as the admin role; ask for it when the admin signs in.");
        this.scope = scope;
    }

    public String scope() {
        return scope;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("WWW-Authenticate", "Bearer realm=\"vigil\", error=\"insufficient_scope\", scope=\"" + scope + "\"");
    }
}
