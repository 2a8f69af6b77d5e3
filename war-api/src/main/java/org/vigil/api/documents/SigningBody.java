package org.vigil.api.documents;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A request to sign: the level, reason and location, an optional visible box (PDF), which
 * authenticator signs (default the newest), for the batch endpoint the documents, and how many
 * seconds the device has to answer (default and longest: the server's signing-request lifetime).
 */
public record SigningBody(
        @NotNull @Pattern(regexp = "B|T|LT|LTA", message = "must be B, T, LT or LTA") String level,
        @Size(max = 200) String reason,
        @Size(max = 200) String location,
        @Valid VisibleBox visible,
        UUID authenticatorId,
        @Size(max = 20) List<UUID> documents,
        @Positive Integer expiresInSeconds) {

    /** Where the appearance goes: page from 1, PDF points from the top-left corner. */
    public record VisibleBox(int page, float x, float y, float width, float height) {
    }
}
