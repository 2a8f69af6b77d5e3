package org.vigil.api;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.vigil.api.admin.AccountLockResource;
import org.vigil.api.admin.AccountRoleResource;
import org.vigil.api.admin.CareSetupResource;
import org.vigil.api.admin.ClientChangeResource;
import org.vigil.api.admin.ClientResource;
import org.vigil.api.admin.DeadLetterResource;
import org.vigil.api.admin.DeviceEnrollmentCodeResource;
import org.vigil.api.admin.InitialAccessTokenResource;
import org.vigil.api.admin.PharmacyAdminResource;
import org.vigil.api.admin.SigningKeyResource;
import org.vigil.api.care.AlertResource;
import org.vigil.api.care.AssignmentResource;
import org.vigil.api.care.ObservationResource;
import org.vigil.api.care.PatientCareResource;
import org.vigil.api.care.PatientCallResource;
import org.vigil.api.care.PatientCallSettingsResource;
import org.vigil.api.care.PatientVitalsResource;
import org.vigil.api.devices.DeviceEnrollmentResource;
import org.vigil.api.documents.DeviceSigningResource;
import org.vigil.api.documents.DocumentResource;
import org.vigil.api.documents.SigningRequestResource;
import org.vigil.api.documents.ValidationResource;
import org.vigil.api.care.SupervisionResource;
import org.vigil.api.identity.AppGrantResource;
import org.vigil.api.identity.AuthenticatorResource;
import org.vigil.api.identity.PasskeyResource;
import org.vigil.api.identity.DeviceAuthenticationFilter;
import org.vigil.api.identity.SignUpResource;
import org.vigil.api.identity.UserCodeResource;
import org.vigil.api.info.CompatibilityResource;
import org.vigil.api.info.InfoResource;
import org.vigil.api.admin.KycOfficerBootstrapResource;
import org.vigil.api.kyc.ChipEvidenceResource;
import org.vigil.api.kyc.InPersonCheckResource;
import org.vigil.api.kyc.TerminalConfigurationResource;
import org.vigil.api.info.UnknownComponentExceptionMapper;
import org.vigil.api.json.SharedJsonb;
import org.vigil.api.json.StrictJsonReader;
import org.vigil.api.openapi.ApiDocsResource;
import org.vigil.api.params.QueryParameterConverters;
import org.vigil.api.prescriptions.CourierResource;
import org.vigil.api.prescriptions.PharmacyResource;
import org.vigil.api.prescriptions.PrescriptionResource;
import org.vigil.api.prescriptions.PrescriptionSigningResource;
import org.vigil.api.prescriptions.PrescriptionVerificationResource;
import org.vigil.api.problem.ConstraintViolationExceptionMapper;
import org.vigil.api.problem.MalformedBodyExceptionMapper;
import org.vigil.api.problem.ProblemExceptionMapper;
import org.vigil.api.problem.UnexpectedExceptionMapper;
import org.vigil.api.problem.WebApplicationExceptionMapper;
import org.vigil.api.push.PushMessageResource;
import org.vigil.api.push.WebPushSubscriptionResource;
import org.vigil.api.security.BearerAuthenticationFilter;
import org.vigil.api.stats.FleetMetricsResource;
import org.vigil.api.stats.StatsReportResource;

/**
 * Vigil's REST API under {@code /api}; versions are path segments ({@code /api/v1/...}). Every
 * resource and provider is listed here: one place says what the API exposes (the OIDC endpoints
 * are a separate application, {@link org.vigil.api.oidc.OidcApplication}, and so is FHIR,
 * {@link org.vigil.api.fhir.FhirApplication}).
 */
@ApplicationPath("/api")
public class VigilApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                InfoResource.class, CompatibilityResource.class, SignUpResource.class, AuthenticatorResource.class, PasskeyResource.class, ClientResource.class,
                ClientChangeResource.class, InitialAccessTokenResource.class, AccountLockResource.class,
                SigningKeyResource.class, CareSetupResource.class, ObservationResource.class, PatientVitalsResource.class, PatientCallResource.class, PatientCallSettingsResource.class, AccountRoleResource.class,
                AssignmentResource.class, AlertResource.class, PatientCareResource.class, SupervisionResource.class,
                DeviceEnrollmentCodeResource.class, DeviceEnrollmentResource.class,
                DocumentResource.class, SigningRequestResource.class, DeviceSigningResource.class, ValidationResource.class,
                WebPushSubscriptionResource.class, PushMessageResource.class, DeadLetterResource.class,
                UserCodeResource.class, AppGrantResource.class, StatsReportResource.class, ChipEvidenceResource.class, TerminalConfigurationResource.class, InPersonCheckResource.class,
                KycOfficerBootstrapResource.class, FleetMetricsResource.class,
                PrescriptionResource.class, PrescriptionSigningResource.class, PharmacyResource.class, PharmacyAdminResource.class,
                CourierResource.class, PrescriptionVerificationResource.class, ApiDocsResource.class,
                DeviceAuthenticationFilter.class, BearerAuthenticationFilter.class, StrictJsonReader.class, QueryParameterConverters.class,
                WebApplicationExceptionMapper.class, MalformedBodyExceptionMapper.class, ConstraintViolationExceptionMapper.class,
                ProblemExceptionMapper.class, UnknownComponentExceptionMapper.class, UnexpectedExceptionMapper.class, SharedJsonb.class);
    }
}
