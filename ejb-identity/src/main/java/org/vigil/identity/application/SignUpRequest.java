package org.vigil.identity.application;

/** What a person gives to sign up; checked by {@link SignUpService}, not trusted. */
public record SignUpRequest(String firstName, String lastName, String email, String phone) {
}
