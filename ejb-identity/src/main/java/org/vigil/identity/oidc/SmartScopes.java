package org.vigil.identity.oidc;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The SMART App Launch 2.x scopes Vigil grants an outside application a patient consents to: read and search her
 * vital signs, read her Patient record, learn which patient she is ({@code launch/patient}, standalone launch).
 * {@code offline_access} (a refresh token) is an OpenID scope Vigil already had. A client asks for them only once an
 * admin (or its dynamic registration) allowed them.
 */
public final class SmartScopes {

    public static final String LAUNCH_PATIENT = "launch/patient";
    public static final String OBSERVATIONS = "patient/Observation.rs";
    public static final String PATIENT = "patient/Patient.r";
    /** The access token's and token response's claim naming the patient the app was launched for. */
    public static final String PATIENT_CLAIM = "patient";
    public static final Set<String> ALL = Set.of(LAUNCH_PATIENT, OBSERVATIONS, PATIENT);
    /** In the order the smart-configuration document lists them. */
    public static final List<String> SUPPORTED = List.of("openid", "profile", "offline_access", LAUNCH_PATIENT, OBSERVATIONS, PATIENT);

    private SmartScopes() {
    }

    public static boolean launchesPatient(Collection<String> scopes) {
        return scopes.contains(LAUNCH_PATIENT);
    }
}
