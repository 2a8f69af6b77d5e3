package org.vigil.identity.application.internal;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.jose.jwk.ECKey;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.AuthenticatorService;
import org.vigil.identity.application.AuthenticatorView;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.application.InvalidDeviceAssertionException;
import org.vigil.identity.application.InvalidEnrollmentCodeException;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.application.InvalidProofException;
import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.application.KeyAlreadyEnrolledException;
import org.vigil.identity.application.ReplayGuard;
import org.vigil.identity.application.UnknownAuthenticatorException;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.Authenticator;
import org.vigil.identity.domain.AuthenticatorRepository;
import org.vigil.identity.domain.EnrollmentCode;
import org.vigil.identity.domain.EnrollmentCodeRepository;
import org.vigil.identity.proof.DeviceAssertion;
import org.vigil.identity.proof.EnrollmentProof;
import org.vigil.identity.proof.ProofException;
import org.vigil.platform.certificates.AuthenticatorCertificates;
import org.vigil.platform.push.RevokedDevices;

@Stateless
public class DefaultAuthenticatorService implements AuthenticatorService {

    static final String ENROLLMENT_PATH = "/api/v1/authenticators";
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    EnrollmentCodeRepository enrollmentCodes;

    @Inject
    ReplayGuard replayGuard;

    @Inject
    AuditTrail audit;

    @Inject
    IssuerUrl issuer;

    @EJB
    AuthenticatorCertificates signingCertificates;

    @EJB
    RevokedDevices revokedDevices;

    @Override
    public AuthenticatorView enroll(String code, String name, String proof, String clientAddress) {
        Instant now = Instant.now();
        String displayName = validName(name);
        EnrollmentCode enrollment = enrollmentCodes.byHash(EnrollmentCode.hashOf(code == null ? "" : code))
                .filter(c -> c.usableAt(now))
                .orElseThrow(() -> {
                    audit.recordRefusal("anonymous", "authenticator.enroll", null, clientAddress, "invalid enrollment code");
                    return new InvalidEnrollmentCodeException("The enrollment code is unknown, used or expired.");
                });
        EnrollmentProof.Proven proven;
        try {
            proven = EnrollmentProof.verify(proof, issuer.resolve(ENROLLMENT_PATH), code, now);
        } catch (ProofException e) {
            audit.recordRefusal("anonymous", "authenticator.enroll", "account:" + enrollment.accountId(), clientAddress, e.getMessage());
            throw new InvalidProofException("The enrollment proof is not valid: " + e.getMessage() + ".");
        }
        if (authenticators.thumbprintEnrolled(proven.thumbprint())) {
            throw new KeyAlreadyEnrolledException("This public key is enrolled already.");
        }
        Authenticator authenticator = new Authenticator(enrollment.accountId(), displayName, proven.publicKey().toJSONString(),
                proven.thumbprint(), now);
        authenticators.store(authenticator);
        enrollment.use(now);
        audit.record("authenticator:" + authenticator.id(), "authenticator.enroll", "account:" + enrollment.accountId(),
                AuditEvent.Outcome.SUCCESS, clientAddress, "name=" + displayName);
        return view(authenticator, authenticator.id());
    }

    @Override
    public DevicePrincipal authenticate(String assertion, String method, String url) {
        Instant now = Instant.now();
        try {
            DeviceAssertion parsed = DeviceAssertion.parse(assertion);
            Authenticator authenticator = authenticators.find(uuid(parsed.authenticatorId()))
                    .filter(Authenticator::isActive)
                    .orElseThrow(() -> new ProofException("unknown or revoked authenticator"));
            DeviceAssertion.Verified verified = parsed.verify(key(authenticator), issuer.url(), method, url, now);
            if (!replayGuard.firstUse("device-assertion", verified.jti(), verified.expiresAt())) {
                throw new ProofException("replayed");
            }
            if (authenticator.lastUsedAt() == null || authenticator.lastUsedAt().isBefore(now.minus(LAST_USED_GRANULARITY))) {
                authenticator.usedAt(now);
            }
            return new DevicePrincipal(authenticator.id(), authenticator.accountId());
        } catch (ProofException e) {
            throw new InvalidDeviceAssertionException("The device assertion is not valid: " + e.getMessage() + ".");
        }
    }

    @Override
    public List<AuthenticatorView> list(DevicePrincipal caller) {
        return authenticators.activeOf(caller.accountId()).stream().map(a -> view(a, caller.authenticatorId())).toList();
    }

    @Override
    public AuthenticatorView rename(DevicePrincipal caller, UUID id, String name) {
        Authenticator authenticator = own(caller, id);
        authenticator.rename(validName(name));
        return view(authenticator, caller.authenticatorId());
    }

    @Override
    public void revoke(DevicePrincipal caller, UUID id, String clientAddress) {
        own(caller, id).revoke(Instant.now());
        audit.record(caller.auditName(), "authenticator.revoke", "authenticator:" + id, AuditEvent.Outcome.SUCCESS, clientAddress, null);
        // A key nobody vouches for any more signs nothing: its certificates go in this transaction, so OCSP and the CRL
        // say "revoked" from the moment the authenticator is, or neither happened and the caller sees the error.
        signingCertificates.revokeForAuthenticator(id, caller.auditName(), clientAddress);
        revokedDevices.disconnectOnCommit(id);
    }

    @Override
    public String issueEnrollmentCode(DevicePrincipal caller) {
        EnrollmentCode.Issued issued = EnrollmentCode.issue(caller.accountId(), Instant.now());
        enrollmentCodes.store(issued.stored());
        audit.record(caller.auditName(), "authenticator.enrollment-code", "account:" + caller.accountId(),
                AuditEvent.Outcome.SUCCESS, null, null);
        return issued.code();
    }

    private Authenticator own(DevicePrincipal caller, UUID id) {
        return authenticators.find(id)
                .filter(Authenticator::isActive)
                .filter(a -> a.accountId().equals(caller.accountId()))
                .orElseThrow(() -> new UnknownAuthenticatorException("No authenticator of yours has the id " + id + "."));
    }

    static ECKey key(Authenticator authenticator) {
        try {
            return ECKey.parse(authenticator.publicJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("stored key of authenticator " + authenticator.id() + " is unreadable", e);
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProofException("kid is not an authenticator id");
        }
    }

    private static String validName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > 100 || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("name", "must be 1 to 100 printable characters");
        }
        return stripped;
    }

    private static AuthenticatorView view(Authenticator a, UUID current) {
        return new AuthenticatorView(a.id(), a.accountId(), a.name(), a.createdAt(), a.lastUsedAt(), a.id().equals(current));
    }

    @Override
    public List<UUID> activeAuthenticatorIds(UUID accountId) {
        return authenticators.activeOf(accountId).stream().map(Authenticator::id).toList();
    }
}
