package org.vigil.identity.passkey;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.VerificationException;

/**
 * The two WebAuthn ceremonies of a passkey, verified by webauthn4j: registration (an attestation
 * object, "none" attestation accepted: the passkey proves the person's presence on a device that
 * is already enrolled, not the make of the authenticator) and assertion (the unlock). User
 * verification is required in both; origin, RP id and challenge are checked against ours; an
 * assertion whose sign count does not go up (when the authenticator counts) is refused as a clone.
 */
public final class PasskeyCeremonies {

    /** ES256 and RS256: what platform authenticators offer (webauthn4j verifies both). */
    public static final List<Long> ALGORITHMS = List.of(-7L, -257L);

    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager webAuthn = WebAuthnManager.createNonStrictWebAuthnManager(converter);

    public RegisteredPasskey register(RelyingParty rp, byte[] challenge, byte[] clientDataJson, byte[] attestationObject,
            Set<String> transports) throws PasskeyException {
        RegistrationData data;
        try {
            data = webAuthn.verify(new RegistrationRequest(attestationObject, clientDataJson, transports),
                    new RegistrationParameters(server(rp, challenge), parameters(), true, true));
        } catch (VerificationException | DataConversionException | IllegalArgumentException e) {
            throw new PasskeyException("registration refused: " + reason(e), e);
        }
        AttestedCredentialData credential = data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData();
        byte[] cose = converter.getCborConverter().writeValueAsBytes(credential.getCOSEKey());
        return new RegisteredPasskey(credential.getCredentialId(), cose, data.getAttestationObject().getAuthenticatorData().getSignCount(),
                credential.getAaguid().getValue(), transports == null ? Set.of() : Set.copyOf(transports));
    }

    /** @return the authenticator's new sign count, to be stored */
    public long assertion(RelyingParty rp, byte[] challenge, StoredPasskey stored, byte[] credentialId, byte[] clientDataJson,
            byte[] authenticatorData, byte[] signature, byte[] userHandle) throws PasskeyException {
        try {
            COSEKey key = converter.getCborConverter().readValue(stored.coseKey(), COSEKey.class);
            AttestedCredentialData credential = new AttestedCredentialData(new AAGUID(stored.aaguid()), stored.credentialId(), key);
            CredentialRecordImpl record = new CredentialRecordImpl(new NoneAttestationStatement(), true, null, null,
                    stored.signCount(), credential, null, null, null, null);
            AuthenticationData data = webAuthn.verify(
                    new AuthenticationRequest(credentialId, userHandle, authenticatorData, clientDataJson, null, signature),
                    new AuthenticationParameters(server(rp, challenge), record, List.of(stored.credentialId()), true, true));
            return data.getAuthenticatorData().getSignCount();
        } catch (VerificationException | DataConversionException | IllegalArgumentException e) {
            throw new PasskeyException("assertion refused: " + reason(e), e);
        }
    }

    private static ServerProperty server(RelyingParty rp, byte[] challenge) {
        return new ServerProperty(new Origin(rp.origin()), rp.id(), new DefaultChallenge(challenge));
    }

    private static List<PublicKeyCredentialParameters> parameters() {
        return ALGORITHMS.stream().map(a -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
                COSEAlgorithmIdentifier.create(a))).toList();
    }

    /** The kind of failure, which webauthn4j names by its exception class (BadOriginException ...). */
    private static String reason(Exception e) {
        String kind = e.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }
}
