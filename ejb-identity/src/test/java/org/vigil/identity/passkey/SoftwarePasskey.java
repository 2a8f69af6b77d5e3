package org.vigil.identity.passkey;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.UUID;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.CollectedClientDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.ClientDataType;
import com.webauthn4j.data.client.CollectedClientData;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;

/**
 * A passkey authenticator in the test, built from webauthn4j's own data classes and converters (its
 * test utilities are not published): an ES256 key, "none" attestation, a sign counter, and switches
 * for what a real authenticator may get wrong.
 */
final class SoftwarePasskey {

    static final byte UP = 0x01;
    static final byte UV = 0x04;
    static final byte AT = 0x40;

    private final ObjectConverter converter = new ObjectConverter();
    final KeyPair keys;
    final byte[] credentialId = UUID.randomUUID().toString().getBytes();
    final UUID aaguid = UUID.randomUUID();
    long counter;
    boolean userVerified = true;

    SoftwarePasskey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        keys = generator.generateKeyPair();
    }

    record Created(byte[] clientDataJson, byte[] attestationObject) {
    }

    record Asserted(byte[] credentialId, byte[] clientDataJson, byte[] authenticatorData, byte[] signature) {
    }

    Created create(String origin, String rpId, byte[] challenge) throws Exception {
        byte[] clientData = clientData(ClientDataType.WEBAUTHN_CREATE, origin, challenge);
        AttestedCredentialData credential = new AttestedCredentialData(new AAGUID(aaguid), credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        AuthenticatorData<com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput> data =
                new AuthenticatorData<>(sha256(rpId.getBytes()), flags(AT), counter, credential);
        return new Created(clientData, new AttestationObjectConverter(converter)
                .convertToBytes(new AttestationObject(data, new NoneAttestationStatement())));
    }

    Asserted get(String origin, String rpId, byte[] challenge) throws Exception {
        counter++;
        byte[] clientData = clientData(ClientDataType.WEBAUTHN_GET, origin, challenge);
        byte[] authenticatorData = new AuthenticatorDataConverter(converter).convert(
                new AuthenticatorData<>(sha256(rpId.getBytes()), flags((byte) 0), counter));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(authenticatorData);
        signer.update(sha256(clientData));
        return new Asserted(credentialId, clientData, authenticatorData, signer.sign());
    }

    private byte flags(byte extra) {
        return (byte) (UP | (userVerified ? UV : 0) | extra);
    }

    private byte[] clientData(ClientDataType type, String origin, byte[] challenge) {
        return new CollectedClientDataConverter(converter).convertToBytes(
                new CollectedClientData(type, new DefaultChallenge(challenge), new Origin(origin), null));
    }

    static byte[] sha256(byte[] data) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }
}
