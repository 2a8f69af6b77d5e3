package org.vigil.identity.application.internal;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.application.InvalidDeviceAssertionException;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.application.InvalidPasskeyChallengeException;
import org.vigil.identity.application.InvalidPasskeyException;
import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.application.PasskeyAssertion;
import org.vigil.identity.application.PasskeyChallenges;
import org.vigil.identity.application.PasskeyChallenges.Ceremony;
import org.vigil.identity.application.PasskeyCreationOptions;
import org.vigil.identity.application.PasskeyDescriptor;
import org.vigil.identity.application.PasskeyRegistration;
import org.vigil.identity.application.PasskeyRequestOptions;
import org.vigil.identity.application.PasskeyService;
import org.vigil.identity.application.PasskeyUnlockRequiredException;
import org.vigil.identity.application.PasskeyView;
import org.vigil.identity.application.UnknownPasskeyException;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.Authenticator;
import org.vigil.identity.domain.AuthenticatorRepository;
import org.vigil.identity.domain.Passkey;
import org.vigil.identity.domain.PasskeyRepository;
import org.vigil.identity.passkey.PasskeyCeremonies;
import org.vigil.identity.passkey.PasskeyException;
import org.vigil.identity.passkey.RegisteredPasskey;
import org.vigil.identity.passkey.RelyingParty;
import org.vigil.identity.passkey.StoredPasskey;

@Stateless
public class DefaultPasskeyService implements PasskeyService {

    /** Long enough to find the phone and look at it; the browser's own timeout is the same. */
    static final Duration CEREMONY = Duration.ofMinutes(2);
    private static final PasskeyCeremonies CEREMONIES = new PasskeyCeremonies();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    PasskeyRepository passkeys;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    PasskeyChallenges challenges;

    @Inject
    AuditTrail audit;

    @Inject
    IssuerUrl issuer;

    /** How long one unlock lets the device approve (the app asks again after this much idle time). */
    @Inject
    @ConfigProperty(name = "vigil.passkey.unlock-minutes", defaultValue = "5")
    int unlockMinutes;

    @Override
    public PasskeyCreationOptions creationOptions(DevicePrincipal caller) {
        Authenticator device = activeDevice(caller);
        RelyingParty rp = relyingParty();
        List<PasskeyDescriptor> existing = passkeys.ofAuthenticator(device.id()).map(p -> List.of(descriptor(p))).orElse(List.of());
        return new PasskeyCreationOptions(challenges.issue(device.id(), Ceremony.REGISTRATION, CEREMONY),
                new PasskeyCreationOptions.RelyingPartyEntity(rp.id(), rp.name()),
                new PasskeyCreationOptions.UserEntity(B64URL.encodeToString(bytes(device.id())), device.name(), device.name()),
                PasskeyCeremonies.ALGORITHMS.stream().map(a -> new PasskeyCreationOptions.Algorithm("public-key", a)).toList(),
                CEREMONY.toMillis(), "none", new PasskeyCreationOptions.Selection("preferred", false, "required"), existing);
    }

    @Override
    public PasskeyView register(DevicePrincipal caller, PasskeyRegistration registration, String clientAddress) {
        Authenticator device = activeDevice(caller);
        String target = "authenticator:" + device.id();
        if (!challenges.redeem(registration.challenge(), device.id(), Ceremony.REGISTRATION)) {
            audit.recordRefusal(caller.auditName(), "passkey.register", target, clientAddress, "invalid challenge");
            throw new InvalidPasskeyChallengeException("Ask for new options: this challenge is unknown, expired or answered already.");
        }
        RegisteredPasskey proven;
        try {
            proven = CEREMONIES.register(relyingParty(), decode("challenge", registration.challenge()),
                    decode("clientDataJSON", registration.clientDataJSON()), decode("attestationObject", registration.attestationObject()),
                    registration.transports() == null ? Set.of() : new LinkedHashSet<>(registration.transports()));
        } catch (PasskeyException e) {
            audit.recordRefusal(caller.auditName(), "passkey.register", target, clientAddress, e.getMessage());
            throw new InvalidPasskeyException("The passkey was not accepted: " + e.getMessage() + ".");
        }
        String credentialId = B64URL.encodeToString(proven.credentialId());
        Optional<Passkey> current = passkeys.ofAuthenticator(device.id());
        // problems do not roll back (ProblemException): refuse before anything changes
        if (passkeys.credentialRegistered(credentialId) && !current.map(p -> p.credentialId().equals(credentialId)).orElse(false)) {
            audit.recordRefusal(caller.auditName(), "passkey.register", target, clientAddress, "credential registered for another device");
            throw new InvalidPasskeyException("This passkey is registered for another device already.");
        }
        current.ifPresent(passkeys::remove);
        Instant now = Instant.now();
        Passkey passkey = new Passkey(device.id(), credentialId, B64URL.encodeToString(proven.coseKey()), proven.signCount(),
                proven.aaguid(), String.join(" ", proven.transports()), now);
        // creating it verified the person (user verification): the device is unlocked from the start
        passkey.unlocked(proven.signCount(), now, now.plus(Duration.ofMinutes(unlockMinutes)));
        passkeys.store(passkey);
        audit.record(caller.auditName(), "passkey.register", target, AuditEvent.Outcome.SUCCESS, clientAddress,
                "aaguid " + proven.aaguid());
        return view(passkey);
    }

    @Override
    public PasskeyRequestOptions unlockOptions(DevicePrincipal caller) {
        Authenticator device = activeDevice(caller);
        Passkey passkey = passkeys.ofAuthenticator(device.id())
                .orElseThrow(() -> new UnknownPasskeyException("This device has no passkey yet: register one first."));
        return new PasskeyRequestOptions(challenges.issue(device.id(), Ceremony.UNLOCK, CEREMONY), relyingParty().id(),
                List.of(descriptor(passkey)), "required", CEREMONY.toMillis());
    }

    @Override
    public PasskeyView unlock(DevicePrincipal caller, PasskeyAssertion assertion, String clientAddress) {
        Authenticator device = activeDevice(caller);
        String target = "authenticator:" + device.id();
        if (!challenges.redeem(assertion.challenge(), device.id(), Ceremony.UNLOCK)) {
            audit.recordRefusal(caller.auditName(), "passkey.unlock", target, clientAddress, "invalid challenge");
            throw new InvalidPasskeyChallengeException("Ask for new options: this challenge is unknown, expired or answered already.");
        }
        Passkey passkey = passkeys.lockOfAuthenticator(device.id())
                .filter(p -> p.credentialId().equals(assertion.credentialId()))
                .orElseThrow(() -> {
                    audit.recordRefusal(caller.auditName(), "passkey.unlock", target, clientAddress, "not this device's passkey");
                    return new UnknownPasskeyException("This passkey is not the one registered for this device.");
                });
        long count;
        try {
            count = CEREMONIES.assertion(relyingParty(), decode("challenge", assertion.challenge()),
                    new StoredPasskey(decode("credentialId", passkey.credentialId()), decode("coseKey", passkey.coseKey()),
                            passkey.signCount(), passkey.aaguid()),
                    decode("credentialId", assertion.credentialId()), decode("clientDataJSON", assertion.clientDataJSON()),
                    decode("authenticatorData", assertion.authenticatorData()), decode("signature", assertion.signature()),
                    assertion.userHandle() == null || assertion.userHandle().isEmpty() ? null : decode("userHandle", assertion.userHandle()));
        } catch (PasskeyException e) {
            audit.recordRefusal(caller.auditName(), "passkey.unlock", target, clientAddress, e.getMessage());
            throw new InvalidPasskeyException("The passkey was not accepted: " + e.getMessage() + ".");
        }
        Instant now = Instant.now();
        passkey.unlocked(count, now, now.plus(Duration.ofMinutes(unlockMinutes)));
        audit.record(caller.auditName(), "passkey.unlock", target, AuditEvent.Outcome.SUCCESS, clientAddress, "sign count " + count);
        return view(passkey);
    }

    @Override
    public void lock(DevicePrincipal caller) {
        passkeys.lockOfAuthenticator(activeDevice(caller).id()).ifPresent(p -> p.locked());
    }

    @Override
    public void requireUnlocked(DevicePrincipal caller) {
        passkeys.ofAuthenticator(caller.authenticatorId()).filter(p -> !p.unlockedAt(Instant.now())).ifPresent(p -> {
            throw new PasskeyUnlockRequiredException("Unlock the app with its passkey, then answer again.");
        });
    }

    private Authenticator activeDevice(DevicePrincipal caller) {
        return authenticators.find(caller.authenticatorId()).filter(Authenticator::isActive)
                .orElseThrow(() -> new InvalidDeviceAssertionException("The authenticator is revoked."));
    }

    private RelyingParty relyingParty() {
        return RelyingParty.of(issuer.url());
    }

    private static PasskeyDescriptor descriptor(Passkey p) {
        return new PasskeyDescriptor("public-key", p.credentialId(), transports(p));
    }

    private static List<String> transports(Passkey p) {
        return p.transports().isBlank() ? List.of() : Arrays.asList(p.transports().split(" "));
    }

    private static PasskeyView view(Passkey p) {
        return new PasskeyView(p.credentialId(), p.aaguid(), transports(p), p.createdAt(), p.unlockedUntil());
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    private static byte[] decode(String field, String base64url) {
        try {
            return Base64.getUrlDecoder().decode(base64url == null ? "" : base64url);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "not base64url");
        }
    }
}
