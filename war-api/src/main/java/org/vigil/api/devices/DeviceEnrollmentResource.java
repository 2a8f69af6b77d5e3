package org.vigil.api.devices;

import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vigil.care.application.CareAdministration;
import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.oidc.DeviceEnrollments;
import org.vigil.identity.oidc.EnrolledDevice;
import org.vigil.identity.oidc.StationProfile;

/**
 * A device enrolls itself with the admin's code (public: the code and the proof of possession
 * are the credentials). A gateway is placed in its patient's home in the same transaction, so
 * it is either a working gateway or nothing.
 */
@jakarta.enterprise.context.RequestScoped
@Path("/v1/devices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DeviceEnrollmentResource {

    @EJB
    DeviceEnrollments enrollments;

    @EJB
    CareAdministration care;

    @Inject
    IssuerUrl issuer;

    @Context
    HttpServletRequest http;

    @POST
    @Transactional
    public Response enroll(@NotNull @Valid DeviceEnrollmentBody body) {
        EnrolledDevice device = enrollments.redeem(body.enrollmentCode(), body.proof(), http.getRemoteAddr());
        Map<String, Object> answer = new java.util.LinkedHashMap<>(Map.of("clientId", device.clientId(), "role", device.role(),
                "issuer", issuer.url(), "tokenEndpoint", issuer.resolve("/oidc/token")));
        if ("gateway".equals(device.role())) {
            care.enrollGateway(device.clientId(), UUID.fromString(device.context()));
        }
        if ("station".equals(device.role())) {
            // a monitoring station is on the supervisors' board from its first minute; a supervisor's is not watched
            StationProfile profile = StationProfile.parse(device.context());
            if (profile.mode() == StationProfile.Mode.MONITORING) {
                answer.put("stationId", care.registerStation(device.clientId(), profile.name()).toString());
            }
            answer.put("stationMode", profile.mode().text());
            answer.put("stationName", profile.name());
        }
        return Response.status(Response.Status.CREATED).entity(answer).build();
    }
}
