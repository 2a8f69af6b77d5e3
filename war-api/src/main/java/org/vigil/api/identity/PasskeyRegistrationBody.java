package org.vigil.api.identity;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The browser's answer to navigator.credentials.create(), binary members base64url, and the challenge it answers. */
public record PasskeyRegistrationBody(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_-]+") String challenge,
        @NotBlank @Size(max = 1400) @Pattern(regexp = "[A-Za-z0-9_-]+") String credentialId,
        @NotBlank @Size(max = 4096) @Pattern(regexp = "[A-Za-z0-9_-]+") String clientDataJSON,
        @NotBlank @Size(max = 16384) @Pattern(regexp = "[A-Za-z0-9_-]+") String attestationObject,
        @Size(max = 8) List<@NotBlank @Size(max = 32) String> transports) {
}
