package org.vigil.identity.application;

import java.util.UUID;

/**
 * Where a sign-up stands.
 *
 * @param enrollmentCode present once, in the answer to the confirmation that reached level 1:
 *                       the code the person types into their authenticator to enroll it
 */
public record SignUpStatus(UUID signUpId, String email, String phone, boolean emailConfirmed, boolean phoneConfirmed,
                           int kycLevel, String enrollmentCode) {
}
