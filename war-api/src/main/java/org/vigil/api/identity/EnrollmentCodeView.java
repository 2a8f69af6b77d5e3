package org.vigil.api.identity;

/** A code with which one more of the person's devices enrolls, once. */
public record EnrollmentCodeView(String enrollmentCode) {
}
