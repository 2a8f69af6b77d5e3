package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.jose.jwk.JWKSet;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.InvalidEnrollmentCodeException;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.application.InvalidProofException;
import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.domain.DeviceEnrollment;
import org.vigil.identity.domain.DeviceEnrollmentRepository;
import org.vigil.identity.domain.EnrollmentCode;
import org.vigil.identity.proof.EnrollmentProof;
import org.vigil.identity.proof.ProofException;
import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;

/**
 * Devices enroll themselves with one command: the admin issues a code for a role; the device
 * proves possession of a fresh key with it (the same proof as an authenticator's) and becomes a
 * {@code private_key_jwt} client with that role. Nobody copies keys or secrets around.
 */
@Stateless
public class DeviceEnrollments {

    public static final Set<String> ROLES = Set.of("gateway", "station", "kyc-terminal");
    public static final String PATH = "/api/v1/devices";
    /** How long an enrollment code can be redeemed. */
    public static final java.time.Duration CODE_LIFETIME = DeviceEnrollment.LIFETIME;
    private static final String CIBA_GRANT = "urn:openid:params:grant-type:ciba";

    @Inject
    DeviceEnrollmentRepository enrollments;

    @EJB
    ClientRegistry clients;

    @EJB
    AuditTrail audit;

    @Inject
    IssuerUrl issuer;

    /** @return the code to hand to the device (shown once) */
    public String issue(String role, String context, String admin) {
        if (!ROLES.contains(role)) {
            throw new InvalidFieldException("role", "one of " + ROLES);
        }
        String code = EnrollmentCode.newCode();
        enrollments.store(new DeviceEnrollment(code, role, context, admin, Instant.now()));
        audit.record(admin, "device.enrollment-code", role + (context == null ? "" : ":" + context), AuditEvent.Outcome.SUCCESS, null, null);
        return code;
    }

    /** {@link #issue}, for a caller of the admin API: refused unless {@link AdminAuthorization} lets them administer. */
    public String issue(Caller caller, String role, String context) {
        return issue(role, context, AdminAuthorization.require(caller));
    }

    public EnrolledDevice redeem(String code, String proof, String clientAddress) {
        Instant now = Instant.now();
        DeviceEnrollment enrollment = enrollments.findUsableByCodeHash(EnrollmentCode.hashOf(code == null ? "" : code), now)
                .orElseThrow(() -> {
                    audit.recordRefusal("anonymous", "device.enroll", null, clientAddress, "invalid device enrollment code");
                    return new InvalidEnrollmentCodeException("The enrollment code is unknown, used or expired.");
                });
        EnrollmentProof.Proven proven;
        try {
            proven = EnrollmentProof.verify(proof, issuer.resolve(PATH), code, now);
        } catch (ProofException e) {
            audit.recordRefusal("anonymous", "device.enroll", enrollment.role(), clientAddress, e.getMessage());
            throw new InvalidProofException("The enrollment proof is not valid: " + e.getMessage() + ".");
        }
        String clientId = enrollment.role() + "-" + UUID.randomUUID();
        // a station also asks for the tokens of the people who sign in at it (CIBA, poll mode)
        boolean station = "station".equals(enrollment.role());
        StationProfile profile = station ? StationProfile.parse(enrollment.context()) : null;
        String name = station ? profile.name() : enrollment.role() + " " + clientId.substring(clientId.length() - 12);
        clients.register(new ClientRegistration(clientId, name,
                ClientAuthMethod.PRIVATE_KEY_JWT, new JWKSet(keyedByThumbprint(proven)).toString(), null, Set.of(), Set.of(),
                station ? Set.of("client_credentials", CIBA_GRANT) : Set.of("client_credentials"), Set.of(), Set.of(enrollment.role()), true, null,
                station ? new CibaSettings(null, null, null, false, profile.cibaRequiredRoles()) : null, false, null, true,
                null, false, FapiSettings.NONE));
        enrollment.usedBy(clientId, now);
        audit.record("client:" + clientId, "device.enroll", enrollment.role(), AuditEvent.Outcome.SUCCESS, clientAddress, enrollment.context());
        return new EnrolledDevice(clientId, enrollment.role(), enrollment.context());
    }

    /** The device's key under its RFC 7638 thumbprint as kid: what its client assertions name. */
    private static com.nimbusds.jose.jwk.ECKey keyedByThumbprint(EnrollmentProof.Proven proven) {
        return new com.nimbusds.jose.jwk.ECKey.Builder(proven.publicKey()).keyID(proven.thumbprint()).build();
    }
}
