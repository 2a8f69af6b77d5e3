package org.vigil.api.oidc;

/** The login page naming the person whose device should approve. */
public record DeviceLoginBody(String pending, String login) {
}
