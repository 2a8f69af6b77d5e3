// The passkey that unlocks the app (docs/authenticator-protocol.md §6): the server's options turned
// into what navigator.credentials expects (ArrayBuffers), and the browser's answer turned back into
// base64url for the server. No DOM here; the server checks everything that matters (webauthn4j).
import { base64url } from './jws.js';

export function fromBase64url(text) {
    const binary = atob(String(text).replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function descriptors(list) {
    return (list || []).map((d) => ({ type: d.type, id: fromBase64url(d.id), transports: d.transports }));
}

/** PublicKeyCredentialCreationOptions from the server's JSON. */
export function creationOptions(options) {
    return {
        challenge: fromBase64url(options.challenge), rp: options.rp,
        user: { ...options.user, id: fromBase64url(options.user.id) },
        pubKeyCredParams: options.pubKeyCredParams, timeout: options.timeout, attestation: options.attestation,
        authenticatorSelection: options.authenticatorSelection, excludeCredentials: descriptors(options.excludeCredentials),
    };
}

/** PublicKeyCredentialRequestOptions from the server's JSON. */
export function requestOptions(options) {
    return {
        challenge: fromBase64url(options.challenge), rpId: options.rpId, allowCredentials: descriptors(options.allowCredentials),
        userVerification: options.userVerification, timeout: options.timeout,
    };
}

/** What the server's registration call takes from a created credential. */
export function registrationBody(challenge, credential) {
    const response = credential.response;
    return {
        challenge, credentialId: base64url(credential.rawId), clientDataJSON: base64url(response.clientDataJSON),
        attestationObject: base64url(response.attestationObject),
        transports: typeof response.getTransports === 'function' ? response.getTransports() : [],
    };
}

/** What the server's unlock call takes from an assertion. */
export function assertionBody(challenge, credential) {
    const response = credential.response;
    return {
        challenge, credentialId: base64url(credential.rawId), clientDataJSON: base64url(response.clientDataJSON),
        authenticatorData: base64url(response.authenticatorData), signature: base64url(response.signature),
        userHandle: response.userHandle ? base64url(response.userHandle) : '',
    };
}

/** The browser refused or the person cancelled (DOMException NotAllowedError, AbortError ...), not the server. */
export class PasskeyCancelled extends Error {
}

export async function browserCeremony(run) {
    try {
        const credential = await run();
        if (!credential) {
            throw new PasskeyCancelled('no credential');
        }
        return credential;
    } catch (error) {
        if (error instanceof PasskeyCancelled || (error && typeof error.name === 'string' && error.name.endsWith('Error')
            && !(error instanceof TypeError))) {
            throw error instanceof PasskeyCancelled ? error : new PasskeyCancelled(error.name);
        }
        throw error;
    }
}
