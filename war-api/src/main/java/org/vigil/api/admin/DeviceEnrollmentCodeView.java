package org.vigil.api.admin;

/**
 * @param enrollmentCode what the device enrolls itself with, once
 * @param validFor how long it is good for, as an ISO-8601 duration
 */
public record DeviceEnrollmentCodeView(String enrollmentCode, String validFor) {
}
