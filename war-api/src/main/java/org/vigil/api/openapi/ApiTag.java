package org.vigil.api.openapi;

import java.util.Arrays;

/**
 * The group an operation is listed under in the reference, decided by the package its resource
 * lives in: the packages already cut the API along what a reader looks for. A resource in a
 * package without a group stops the document being built, so a new package cannot slip into the
 * reference unlisted.
 */
enum ApiTag {
    INFO("info", "Server", "What this server is, its version, and which client versions it accepts."),
    OIDC("oidc", "OpenID provider", "Authorization code with PKCE, refresh, client credentials and CIBA; "
            + "errors are OAuth 2.0's (`error`, `error_description`). Discovery is at `/.well-known/openid-configuration`."),
    IDENTITY("identity", "Identity", "Sign-up with KYC level 1, authenticators (enrolment, deliveries, signing requests) "
            + "a person's own user code, and the outside (SMART) applications a person allowed to read their data."),
    DEVICES("devices", "Devices", "Gateways, stations and authenticators enrolled by an admin: their registration and health."),
    KYC("kyc", "KYC", "Identity verification beyond level 1: a KYC terminal's chip read of an identity document (level 2), "
            + "checked by passive authentication; a failed check's problem type names it."),
    CARE("care", "Patient care", "Patients, vitals, alerts, assignments of patients to monitoring stations, and the supervisor's board. "
            + "Every read is audited."),
    PRESCRIPTIONS("prescriptions", "Prescriptions", "From the doctor's signature through the pharmacy's check to the nurse's delivery."),
    DOCUMENTS("documents", "Documents", "PAdES signing with a key that never leaves the signer's device, and validation of signed PDFs."),
    PUSH("push", "Push", "Messages to people's devices, stored until delivered; Web Push subscriptions."),
    STATS("stats", "Statistics", "Fleet health reports from devices and the server's metrics."),
    ADMIN("admin", "Administration", "Accounts, roles, clients, signing keys, device enrolments and dead letters. "
            + "Needs the admin role, the `vigil:admin` scope and a token of one of Vigil's own applications."),
    FHIR("fhir", "FHIR R4", "Patient, Observation, MedicationRequest and AuditEvent, read-only; errors are OperationOutcomes. "
            + "Outside applications read with the SMART on FHIR scopes a patient allowed them (`/fhir/.well-known/smart-configuration`)."),
    PKI("pki", "PKI", "CA certificates, CRLs, OCSP and the timestamp authority, without authentication."),
    REFERENCE("openapi", "Reference", "This reference page.");

    final String javaPackage;
    final String title;
    final String description;

    ApiTag(String javaPackage, String title, String description) {
        this.javaPackage = "org.vigil.api." + javaPackage;
        this.title = title;
        this.description = description;
    }

    static ApiTag of(Class<?> resource) {
        String name = resource.getPackageName();
        return Arrays.stream(values())
                .filter(tag -> name.equals(tag.javaPackage) || name.startsWith(tag.javaPackage + "."))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The resource " + resource.getName()
                        + " is in a package the API reference has no group for; add it to " + ApiTag.class.getSimpleName()));
    }
}
