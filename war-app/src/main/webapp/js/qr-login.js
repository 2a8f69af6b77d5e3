// What a scanned QR code means to the app. A Vigil login code is this server's
// {issuer}/api/v1/authenticators/qr-logins/{token} (docs/authenticator-protocol.md §4); the device
// posts its assertion there and nowhere else, so anything else (another site's code, a code of
// another Vigil server, a URL with extra parts) is refused before a request leaves the phone. No DOM here.
const QR_LOGIN_PATH = /^\/api\/v1\/authenticators\/qr-logins\/[A-Za-z0-9_-]+$/;

/** The path to post to for a scanned text, or null when the code is not this server's login code. */
export function loginCodePath(text, issuer) {
    let url;
    try {
        url = new URL(String(text ?? '').trim());
    } catch {
        return null;
    }
    if (url.origin !== new URL(issuer).origin || url.search || url.hash || url.username || url.password) {
        return null;
    }
    return QR_LOGIN_PATH.test(url.pathname) ? url.pathname : null;
}
