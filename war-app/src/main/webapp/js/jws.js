// Compact JWS (ES256) made with WebCrypto. WebCrypto's ECDSA output is IEEE P1363 (r||s, 64 bytes
// for P-256), which is exactly the signature format RFC 7518 §3.4 prescribes for ES256: no
// conversion, and the server's JOSE library (Nimbus) verifies it as it verifies any ES256 JWS.
const utf8 = new TextEncoder();

export function base64url(bytes) {
    let binary = '';
    for (const b of new Uint8Array(bytes)) {
        binary += String.fromCharCode(b);
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function signJws(privateKey, header, claims) {
    const input = base64url(utf8.encode(JSON.stringify(header))) + '.' + base64url(utf8.encode(JSON.stringify(claims)));
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, utf8.encode(input));
    return input + '.' + base64url(signature);
}

/** At least 16 characters, as the protocol asks of a jti: 144 random bits. */
export function randomId() {
    return base64url(crypto.getRandomValues(new Uint8Array(18)));
}

export function now() {
    return Math.floor(Date.now() / 1000);
}
