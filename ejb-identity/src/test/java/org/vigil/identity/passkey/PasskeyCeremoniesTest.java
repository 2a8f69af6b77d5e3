package org.vigil.identity.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PasskeyCeremoniesTest {

    private static final RelyingParty RP = RelyingParty.of("http://localhost:8080");
    private final PasskeyCeremonies ceremonies = new PasskeyCeremonies();

    private static byte[] challenge() {
        byte[] c = new byte[32];
        new SecureRandom().nextBytes(c);
        return c;
    }

    private RegisteredPasskey registered(SoftwarePasskey passkey) throws Exception {
        byte[] challenge = challenge();
        SoftwarePasskey.Created created = passkey.create(RP.origin(), RP.id(), challenge);
        return ceremonies.register(RP, challenge, created.clientDataJson(), created.attestationObject(), Set.of("internal"));
    }

    private static StoredPasskey stored(RegisteredPasskey r) {
        return new StoredPasskey(r.credentialId(), r.coseKey(), r.signCount(), r.aaguid());
    }

    @Test
    void theRelyingPartyIsTheIssuersOriginAndHost() {
        assertThat(RP).isEqualTo(new RelyingParty("http://localhost:8080", "localhost", "Vigil"));
        assertThat(RelyingParty.of("https://vigil.example.org/").origin()).isEqualTo("https://vigil.example.org");
    }

    @Test
    void aRegisteredPasskeyUnlocksAndItsCounterGoesUp() throws Exception {
        SoftwarePasskey passkey = new SoftwarePasskey();
        RegisteredPasskey registered = registered(passkey);
        assertThat(registered.credentialId()).isEqualTo(passkey.credentialId);
        assertThat(registered.aaguid()).isEqualTo(passkey.aaguid);
        assertThat(registered.transports()).containsExactly("internal");

        byte[] challenge = challenge();
        SoftwarePasskey.Asserted asserted = passkey.get(RP.origin(), RP.id(), challenge);
        long count = ceremonies.assertion(RP, challenge, stored(registered), asserted.credentialId(), asserted.clientDataJson(),
                asserted.authenticatorData(), asserted.signature(), null);
        assertThat(count).isEqualTo(1);
    }

    @Test
    void registrationWithoutUserVerificationIsRefused() throws Exception {
        SoftwarePasskey passkey = new SoftwarePasskey();
        passkey.userVerified = false;
        assertThatThrownBy(() -> registered(passkey)).isInstanceOf(PasskeyException.class).hasMessageContaining("user not verified");
    }

    @Test
    void anotherOriginIsRefused() throws Exception {
        SoftwarePasskey passkey = new SoftwarePasskey();
        byte[] challenge = challenge();
        SoftwarePasskey.Created created = passkey.create("http://evil.example", RP.id(), challenge);
        assertThatThrownBy(() -> ceremonies.register(RP, challenge, created.clientDataJson(), created.attestationObject(), Set.of()))
                .isInstanceOf(PasskeyException.class).hasMessageContaining("bad origin");
    }

    @Test
    void anotherRpIdIsRefused() throws Exception {
        SoftwarePasskey passkey = new SoftwarePasskey();
        byte[] challenge = challenge();
        SoftwarePasskey.Created created = passkey.create(RP.origin(), "evil.example", challenge);
        assertThatThrownBy(() -> ceremonies.register(RP, challenge, created.clientDataJson(), created.attestationObject(), Set.of()))
                .isInstanceOf(PasskeyException.class).hasMessageContaining("bad rp id");
    }

    @Test
    void anAnswerToAnotherChallengeIsRefused() throws Exception {
        SoftwarePasskey passkey = new SoftwarePasskey();
        RegisteredPasskey registered = registered(passkey);
        SoftwarePasskey.Asserted asserted = passkey.get(RP.origin(), RP.id(), challenge());
        assertThatThrownBy(() -> ceremonies.assertion(RP, challenge(), stored(registered), asserted.credentialId(),
                asserted.clientDataJson(), asserted.authenticatorData(), asserted.signature(), null))
                .isInstanceOf(PasskeyException.class).hasMessageContaining("bad challenge");
    }

    @Test
    void anAssertionWithoutUserVerificationIsRefused() throws Exception {
        SoftwarePasskey passkey = new SoftwarePasskey();
        RegisteredPasskey registered = registered(passkey);
        passkey.userVerified = false;
        byte[] challenge = challenge();
        SoftwarePasskey.Asserted asserted = passkey.get(RP.origin(), RP.id(), challenge);
        assertThatThrownBy(() -> ceremonies.assertion(RP, challenge, stored(registered), asserted.credentialId(),
                asserted.clientDataJson(), asserted.authenticatorData(), asserted.signature(), null))
                .isInstanceOf(PasskeyException.class).hasMessageContaining("user not verified");
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws Exception {
        RegisteredPasskey registered = registered(new SoftwarePasskey());
        SoftwarePasskey other = new SoftwarePasskey();
        byte[] challenge = challenge();
        SoftwarePasskey.Asserted asserted = other.get(RP.origin(), RP.id(), challenge);
        assertThatThrownBy(() -> ceremonies.assertion(RP, challenge, stored(registered), registered.credentialId(),
                asserted.clientDataJson(), asserted.authenticatorData(), asserted.signature(), null))
                .isInstanceOf(PasskeyException.class);
    }

    @Test
    void aSignCountThatDoesNotGoUpIsRefusedAsAClone() throws Exception {
        SoftwarePasskey passkey = new SoftwarePasskey();
        RegisteredPasskey registered = registered(passkey);
        StoredPasskey seenAtFive = new StoredPasskey(registered.credentialId(), registered.coseKey(), 5, registered.aaguid());
        byte[] challenge = challenge();
        SoftwarePasskey.Asserted asserted = passkey.get(RP.origin(), RP.id(), challenge); // counter 1 < 5
        assertThatThrownBy(() -> ceremonies.assertion(RP, challenge, seenAtFive, asserted.credentialId(), asserted.clientDataJson(),
                asserted.authenticatorData(), asserted.signature(), null))
                .isInstanceOf(PasskeyException.class).hasMessageContaining("malicious counter");
    }
}
