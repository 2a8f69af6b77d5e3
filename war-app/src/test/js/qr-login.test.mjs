// What the app accepts as a login code from the camera: only this server's QR login path.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loginCodePath } from '../../main/webapp/js/qr-login.js';

const ISSUER = 'https://vigil.example';

test("this server's login code gives the path to post to", () => {
    assert.equal(loginCodePath('https://vigil.example/api/v1/authenticators/qr-logins/Ab3_x-9', ISSUER),
        '/api/v1/authenticators/qr-logins/Ab3_x-9');
    assert.equal(loginCodePath('  https://vigil.example/api/v1/authenticators/qr-logins/abc\n', ISSUER),
        '/api/v1/authenticators/qr-logins/abc');
});

test("another site's code, another server's or a plain text is not a login code", () => {
    for (const text of ['https://shop.example/api/v1/authenticators/qr-logins/abc',
        'https://vigil.example.evil.example/api/v1/authenticators/qr-logins/abc',
        'http://vigil.example/api/v1/authenticators/qr-logins/abc',
        'https://vigil.example:8443/api/v1/authenticators/qr-logins/abc',
        'WIFI:S:home;T:WPA;P:secret;;', '', null]) {
        assert.equal(loginCodePath(text, ISSUER), null, String(text));
    }
});

test('a login code with more than a token is refused (no other endpoint gets the device assertion)', () => {
    for (const text of ['https://vigil.example/api/v1/authenticators/qr-logins/abc/../../requests',
        'https://vigil.example/api/v1/authenticators/qr-logins/abc?next=1',
        'https://vigil.example/api/v1/authenticators/qr-logins/abc#x',
        'https://user:pw@vigil.example/api/v1/authenticators/qr-logins/abc',
        'https://vigil.example/api/v1/authenticators/qr-logins/',
        'https://vigil.example/api/v1/authenticators/qr-logins/a%2Fb']) {
        assert.equal(loginCodePath(text, ISSUER), null, text);
    }
});
