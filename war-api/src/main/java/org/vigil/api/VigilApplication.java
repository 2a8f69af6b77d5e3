package org.vigil.api;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.vigil.api.admin.AccountRoleResource;
import org.vigil.api.admin.CareSetupResource;
import org.vigil.api.admin.ClientResource;
import org.vigil.api.admin.DeviceEnrollmentCodeResource;
import org.vigil.api.devices.DeviceEnrollmentResource;
import org.vigil.api.care.ObservationResource;
import org.vigil.api.admin.SigningKeyResource;
import org.vigil.api.identity.AuthenticatorResource;
import org.vigil.api.identity.DeviceAuthenticationFilter;
import org.vigil.api.identity.SignUpResource;
import org.vigil.api.identity.UserCodeResource;
import org.vigil.api.info.CompatibilityResource;
import org.vigil.api.info.InfoResource;
import org.vigil.api.info.UnknownComponentExceptionMapper;
import org.vigil.api.problem.ConstraintViolationExceptionMapper;
import org.vigil.api.problem.MalformedBodyExceptionMapper;
import org.vigil.api.problem.ProblemExceptionMapper;
import org.vigil.api.problem.UnexpectedExceptionMapper;
import org.vigil.api.problem.WebApplicationExceptionMapper;
import org.vigil.api.security.BearerAuthenticationFilter;

/**
 * Vigil's REST API under {@code /api}; versions are path segments ({@code /api/v1/...}). Every
 * resource and provider is listed here: one place says what the API exposes (the OIDC endpoints
 * are a separate application, {@link org.vigil.api.oidc.OidcApplication}).
 */
@ApplicationPath("/api")
public class VigilApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                InfoResource.class, CompatibilityResource.class, SignUpResource.class, AuthenticatorResource.class, ClientResource.class,
                SigningKeyResource.class, CareSetupResource.class, ObservationResource.class,
                DeviceEnrollmentCodeResource.class, DeviceEnrollmentResource.class,
                AccountRoleResource.class, UserCodeResource.class,
                DeviceAuthenticationFilter.class, BearerAuthenticationFilter.class,
                WebApplicationExceptionMapper.class, MalformedBodyExceptionMapper.class, ConstraintViolationExceptionMapper.class,
                ProblemExceptionMapper.class, UnknownComponentExceptionMapper.class, UnexpectedExceptionMapper.class);
    }
}
