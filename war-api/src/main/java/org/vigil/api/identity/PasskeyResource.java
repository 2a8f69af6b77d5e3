package org.vigil.api.identity;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vigil.identity.application.PasskeyAssertion;
import org.vigil.identity.application.PasskeyCreationOptions;
import org.vigil.identity.application.PasskeyRegistration;
import org.vigil.identity.application.PasskeyRequestOptions;
import org.vigil.identity.application.PasskeyService;
import org.vigil.identity.application.PasskeyView;

/**
 * The passkey that unlocks an enrolled app device (docs/authenticator-protocol.md §6): options for
 * each WebAuthn ceremony, and the browser's answers. Every call is the device's own (device assertion).
 */
@Path("/v1/authenticators/passkey")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasskeyResource {

    @EJB
    PasskeyService passkeys;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/creation-options")
    @DeviceAuthenticated
    public PasskeyCreationOptions creationOptions() {
        return passkeys.creationOptions(DeviceAuthenticationFilter.principal(http));
    }

    @POST
    @DeviceAuthenticated
    public Response register(@NotNull @Valid PasskeyRegistrationBody body) {
        PasskeyView registered = passkeys.register(DeviceAuthenticationFilter.principal(http), new PasskeyRegistration(body.challenge(),
                body.credentialId(), body.clientDataJSON(), body.attestationObject(), body.transports()), http.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(registered).build();
    }

    @POST
    @Path("/unlock-options")
    @DeviceAuthenticated
    public PasskeyRequestOptions unlockOptions() {
        return passkeys.unlockOptions(DeviceAuthenticationFilter.principal(http));
    }

    /** The app opened or locked itself: approvals wait for the next unlock. */
    @POST
    @Path("/lock")
    @DeviceAuthenticated
    public Response lock() {
        passkeys.lock(DeviceAuthenticationFilter.principal(http));
        return Response.noContent().build();
    }

    @POST
    @Path("/unlocks")
    @DeviceAuthenticated
    public PasskeyView unlock(@NotNull @Valid PasskeyAssertionBody body) {
        return passkeys.unlock(DeviceAuthenticationFilter.principal(http), new PasskeyAssertion(body.challenge(), body.credentialId(),
                body.clientDataJSON(), body.authenticatorData(), body.signature(), body.userHandle()), http.getRemoteAddr());
    }
}
