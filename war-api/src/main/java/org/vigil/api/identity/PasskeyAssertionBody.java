package org.vigil.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The browser's answer to navigator.credentials.get(), binary members base64url, and the challenge it answers. */
public record PasskeyAssertionBody(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_-]+") String challenge,
        @NotBlank @Size(max = 1400) @Pattern(regexp = "[A-Za-z0-9_-]+") String credentialId,
        @NotBlank @Size(max = 4096) @Pattern(regexp = "[A-Za-z0-9_-]+") String clientDataJSON,
        @NotBlank @Size(max = 4096) @Pattern(regexp = "[A-Za-z0-9_-]+") String authenticatorData,
        @NotBlank @Size(max = 1024) @Pattern(regexp = "[A-Za-z0-9_-]+") String signature,
        @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9_-]*") String userHandle) {
}
