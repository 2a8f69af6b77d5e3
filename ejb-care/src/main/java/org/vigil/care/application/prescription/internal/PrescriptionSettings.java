package org.vigil.care.application.prescription.internal;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the QR code of a prescription points: {@code {vigil.issuer}/api/v1/prescription-verifications/{code}}
 * ({@code VIGIL_ISSUER}, the public base URL, as for the rest of Vigil).
 */
@ApplicationScoped
public class PrescriptionSettings {

    public String verificationUrl(String code) {
        String base = ConfigProvider.getConfig().getOptionalValue("vigil.issuer", String.class).orElse("http://localhost:8080");
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/api/v1/prescription-verifications/" + code;
    }
}
