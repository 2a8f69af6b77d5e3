package org.vigil.api.push;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.identity.DeviceAuthenticated;
import org.vigil.api.identity.DeviceAuthenticationFilter;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.push.domain.WebPushSubscription;
import org.vigil.push.webpush.VapidKeys;
import org.vigil.push.webpush.WebPushSubscriptions;

/** Web Push: an enrolled device (the browser authenticator) registers its person's subscriptions. */
@Path("/v1/push")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebPushSubscriptionResource {

    @EJB
    WebPushSubscriptions subscriptions;

    @EJB
    VapidKeys vapid;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    /** Public: the browser needs it as {@code applicationServerKey} before it can subscribe. */
    @GET
    @Path("/vapid-public-key")
    public Map<String, String> vapidPublicKey() {
        return Map.of("publicKey", vapid.publicKey());
    }

    @POST
    @Path("/subscriptions")
    @DeviceAuthenticated
    @APIResponse(responseCode = "201", description = "The subscription is stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    public Response subscribe(@NotNull @Valid SubscriptionBody body) {
        DevicePrincipal device = DeviceAuthenticationFilter.principal(http);
        WebPushSubscription created = subscriptions.subscribe(device.accountId(), device.authenticatorId(), body.endpoint(),
                body.keys().p256dh(), body.keys().auth());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(SubscriptionView.of(created)).build();
    }

    @GET
    @Path("/subscriptions")
    @DeviceAuthenticated
    public List<SubscriptionView> list() {
        return subscriptions.ofAccount(DeviceAuthenticationFilter.principal(http).accountId()).stream()
                .map(SubscriptionView::of).toList();
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @DeviceAuthenticated
    @APIResponse(responseCode = "204", description = "The subscription is removed.")
    public Response remove(@PathParam("id") UUID id) {
        subscriptions.remove(DeviceAuthenticationFilter.principal(http).accountId(), id);
        return Response.noContent().build();
    }
}
