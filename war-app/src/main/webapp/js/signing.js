// Document signatures (docs/authenticator-protocol.md §5) without the DOM: what the device signs,
// how it labels the values, and each request's documents loaded once however often the list redraws.

/** WebCrypto's ECDSA gives raw r||s, which the server must be told (P1363), not DER. */
export const ENCODING = 'P1363';

export function base64ToBytes(base64) {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
}

export function bytesToBase64(bytes) {
    let binary = '';
    const view = new Uint8Array(bytes);
    for (let i = 0; i < view.length; i += 0x8000) {
        binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
    }
    return btoa(binary);
}

/**
 * One value per document: the document's data to be signed, hashed with SHA-256 and signed with
 * the device's key (WebCrypto hashes it, as DSS expects for ECDSA_SHA256 / PLAIN_ECDSA_SHA256).
 */
export async function signatureValues(privateKey, documents) {
    const values = [];
    for (const document of documents) {
        const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, base64ToBytes(document.dataToSign));
        values.push({ documentId: document.documentId, value: bytesToBase64(signature), encoding: ENCODING });
    }
    return values;
}

/** A SHA-256 in hex as groups of four, so a person can compare it with another screen piece by piece. */
export function groupedHash(sha256) {
    return String(sha256 || '').toLowerCase().match(/.{1,4}/g)?.join(' ') ?? '';
}

/** A picture from the server as a data: URL (the app's policy allows images from itself and data: only). */
export function dataUrl(type, bytes) {
    return `data:${type};base64,${bytesToBase64(bytes)}`;
}

/**
 * Each signing request's documents and first-page pictures, fetched once per request: the list of
 * requests is drawn again whenever one arrives or is answered, and must not fetch everything again.
 */
export class SigningDetails {
    /** @param load (requestId) => Promise of the signing request as the device sees it, with a preview per document */
    constructor(load) {
        this.load = load;
        this.byId = new Map();
    }

    of(requestId) {
        if (!this.byId.has(requestId)) {
            const loading = this.load(requestId);
            // a failed load is tried again the next time the request is drawn
            loading.catch(() => {
                if (this.byId.get(requestId) === loading) {
                    this.byId.delete(requestId);
                }
            });
            this.byId.set(requestId, loading);
        }
        return this.byId.get(requestId);
    }

    forget(requestId) {
        this.byId.delete(requestId);
    }
}
