package org.vigil.api.documents;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The device's answer to a signing request: its signed approval (as for any approval request,
 * docs/authenticator-protocol.md) and one signature value per document, Base64, labelled DER
 * (Java, Android, iOS) or P1363 (raw r||s, WebCrypto).
 */
public record DeviceSignaturesBody(
        @NotBlank @Size(max = 4096) String approval,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Value> signatures) {

    public record Value(
            @NotNull UUID documentId,
            @NotBlank @Size(max = 1024) String value,
            @NotNull @Pattern(regexp = "DER|P1363", message = "must be DER or P1363") String encoding) {
    }
}
