import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertionBody, creationOptions, fromBase64url, registrationBody, requestOptions } from '../../main/webapp/js/passkey.js';

test('base64url round-trips through the options and answers', () => {
    const options = creationOptions({ challenge: 'AAEC_-8', rp: { id: 'localhost', name: 'Vigil' },
        user: { id: 'AQID', name: 'My phone', displayName: 'My phone' }, pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
        timeout: 120000, attestation: 'none', authenticatorSelection: { userVerification: 'required' },
        excludeCredentials: [{ type: 'public-key', id: 'BAU', transports: ['internal'] }] });
    assert.deepEqual([...options.challenge], [0, 1, 2, 255, 239]);
    assert.deepEqual([...options.user.id], [1, 2, 3]);
    assert.deepEqual([...options.excludeCredentials[0].id], [4, 5]);
    assert.equal(options.authenticatorSelection.userVerification, 'required');

    const request = requestOptions({ challenge: 'AAE', rpId: 'localhost', allowCredentials: [{ type: 'public-key', id: 'BAU' }],
        userVerification: 'required', timeout: 1 });
    assert.deepEqual([...request.allowCredentials[0].id], [4, 5]);
    assert.equal(request.rpId, 'localhost');
});

test('the answers carry the challenge and base64url members', () => {
    const bytes = (...b) => Uint8Array.from(b).buffer;
    const created = registrationBody('c1', { rawId: bytes(4, 5), response: { clientDataJSON: bytes(1), attestationObject: bytes(2),
        getTransports: () => ['internal'] } });
    assert.deepEqual(created, { challenge: 'c1', credentialId: 'BAU', clientDataJSON: 'AQ', attestationObject: 'Ag', transports: ['internal'] });
    const asserted = assertionBody('c2', { rawId: bytes(4, 5), response: { clientDataJSON: bytes(1), authenticatorData: bytes(2),
        signature: bytes(3), userHandle: null } });
    assert.deepEqual(asserted, { challenge: 'c2', credentialId: 'BAU', clientDataJSON: 'AQ', authenticatorData: 'Ag', signature: 'Aw', userHandle: '' });
    assert.deepEqual([...fromBase64url('_-8')], [255, 239]);
});
