package org.vigil.api.documents;

import java.net.URI;
import java.time.Duration;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.vigil.documents.application.Problems;
import org.vigil.documents.application.SigningOptions;
import org.vigil.documents.application.SigningRequestView;
import org.vigil.documents.signing.SignatureLevel;
import org.vigil.documents.signing.VisibleSignature;

/** Turning a signing body into options, and a started request into its 202 answer. */
final class SigningRequests {

    private SigningRequests() {
    }

    static SigningOptions options(SigningBody body) {
        VisibleSignature visible = null;
        if (body.visible() != null) {
            SigningBody.VisibleBox box = body.visible();
            try {
                visible = new VisibleSignature(box.page(), box.x(), box.y(), box.width(), box.height());
            } catch (IllegalArgumentException e) {
                throw new Problems.InvalidField("visible", e.getMessage());
            }
        }
        return new SigningOptions(SignatureLevel.valueOf(body.level()), body.reason(), body.location(), visible,
                body.authenticatorId(), body.expiresInSeconds() == null ? null : Duration.ofSeconds(body.expiresInSeconds()));
    }

    static Response accepted(UriInfo uri, SigningRequestView request) {
        URI location = uri.getBaseUriBuilder().path("v1/signing-requests").path(request.id().toString()).build();
        return Response.accepted(request).location(location).build();
    }
}
