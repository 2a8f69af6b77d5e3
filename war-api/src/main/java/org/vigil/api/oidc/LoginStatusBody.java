package org.vigil.api.oidc;

/** The login page asking how its pending login stands (in a body, so the id stays out of URLs and logs). */
public record LoginStatusBody(String pending) {
}
