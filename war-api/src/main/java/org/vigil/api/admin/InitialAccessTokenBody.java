package org.vigil.api.admin;

/**
 * @param description who the token is for (required)
 * @param expiresInSeconds 60 s to 30 days; a day when absent
 * @param uses how many applications it may register, 1 to 100; one when absent
 */
public record InitialAccessTokenBody(String description, Long expiresInSeconds, Integer uses) {
}
