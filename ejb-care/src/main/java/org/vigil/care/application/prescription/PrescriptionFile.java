package org.vigil.care.application.prescription;

/** A prescription's PDF to download: the signed one once there is one, else the rendering; and whether it is signed. */
public record PrescriptionFile(String fileName, byte[] content, String sha256, boolean signed) {
}
