package org.vigil.api.prescriptions;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.identity.DeviceAuthenticated;
import org.vigil.api.identity.DeviceAuthenticationFilter;
import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.prescription.CourierDevice;
import org.vigil.care.application.prescription.CourierService;
import org.vigil.care.application.prescription.CourierTask;
import org.vigil.care.application.prescription.PrescriptionView;
import org.vigil.care.domain.prescription.CourierStep;
import org.vigil.identity.application.AccountLookup;
import org.vigil.identity.application.AuthenticatorKey;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.application.PasskeyService;

/**
 * The nurse's authenticator (device-authenticated, docs/authenticator-protocol.md): what she has
 * to pick up and deliver, and her signed confirmations of each step, verified against the key of
 * the authenticator that sends them.
 */
@Path("/v1/authenticators/deliveries")
@DeviceAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class CourierResource {

    @EJB
    CourierService courier;

    @EJB
    AccountLookup accounts;

    @EJB
    PasskeyService passkeys;

    @Context
    HttpServletRequest http;

    @GET
    public List<CourierTask> tasks() {
        return courier.tasks(DeviceAuthenticationFilter.principal(http).accountId());
    }

    @POST
    @Path("/{prescriptionId}/pickup")
    @Consumes(MediaType.APPLICATION_JSON)
    public PrescriptionView pickup(@PathParam("prescriptionId") UUID prescriptionId, @NotNull @Valid ConfirmationBody body) {
        return courier.confirm(device(), prescriptionId, CourierStep.PICKUP, body.confirmation(), http.getRemoteAddr());
    }

    @POST
    @Path("/{prescriptionId}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    public PrescriptionView delivery(@PathParam("prescriptionId") UUID prescriptionId, @NotNull @Valid ConfirmationBody body) {
        return courier.confirm(device(), prescriptionId, CourierStep.DELIVERY, body.confirmation(), http.getRemoteAddr());
    }

    /**
     * The confirming device, active and, when it has a passkey, unlocked with it now (403
     * passkey-unlock-required otherwise): a confirmation vouches for a controlled medicine's
     * whereabouts, as much an approval as a login's.
     */
    private CourierDevice device() {
        DevicePrincipal principal = DeviceAuthenticationFilter.principal(http);
        AuthenticatorKey key = accounts.authenticator(principal.authenticatorId()).filter(AuthenticatorKey::active)
                .orElseThrow(() -> CareRefusal.forbidden("This authenticator can no longer confirm anything."));
        passkeys.requireUnlocked(principal);
        return new CourierDevice(principal.accountId(), principal.authenticatorId(), key.publicKey());
    }
}
