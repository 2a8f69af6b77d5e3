import assert from 'node:assert/strict';
import { KeyObject, verify } from 'node:crypto';
import { test } from 'node:test';
import { base64ToBytes, bytesToBase64, dataUrl, groupedHash, signatureValues, SigningDetails } from '../../main/webapp/js/signing.js';

test('each data to be signed is signed with SHA-256 and labelled P1363: raw r||s that OpenSSL verifies as such, not as DER', async () => {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const first = new TextEncoder().encode('signed attributes of document one');
    const second = crypto.getRandomValues(new Uint8Array(300));
    const values = await signatureValues(keys.privateKey, [{ documentId: 'd1', dataToSign: bytesToBase64(first) },
        { documentId: 'd2', dataToSign: bytesToBase64(second) }]);

    assert.deepEqual(values.map((v) => [v.documentId, v.encoding]), [['d1', 'P1363'], ['d2', 'P1363']]);
    const publicKey = KeyObject.from(keys.publicKey);
    const signature = base64ToBytes(values[0].value);
    assert.equal(signature.length, 64);
    assert.equal(verify('sha256', first, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature), true);
    assert.equal(verify('sha256', second, { key: publicKey, dsaEncoding: 'ieee-p1363' }, base64ToBytes(values[1].value)), true);
    assert.equal(verify('sha256', second, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature), false, 'each value belongs to its own document');
    assert.equal(verify('sha256', first, { key: publicKey, dsaEncoding: 'der' }, signature), false, 'read as DER it does not verify');
});

test('Base64 survives every byte value and a picture larger than one call\'s argument limit', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    assert.deepEqual(base64ToBytes(bytesToBase64(all)), all);
    const big = new Uint8Array(200_000);
    for (let i = 0; i < big.length; i += 65_536) {
        crypto.getRandomValues(big.subarray(i, i + 65_536));
    }
    assert.equal(bytesToBase64(big), Buffer.from(big).toString('base64'));
    assert.equal(dataUrl('image/png', new Uint8Array([137, 80, 78, 71])), 'data:image/png;base64,iVBORw==');
});

test('a hash is shown in groups of four, lower case', () => {
    assert.equal(groupedHash('A1B2C3D4E5F6'), 'a1b2 c3d4 e5f6');
    assert.equal(groupedHash('abcdef'), 'abcd ef');
    assert.equal(groupedHash(undefined), '');
});

test('a request\'s documents are fetched once however often the list redraws, again after a failure or once forgotten', async () => {
    const asked = [];
    let fail = true;
    const details = new SigningDetails(async (id) => {
        asked.push(id);
        if (fail) {
            throw new Error('offline');
        }
        return { id };
    });

    await assert.rejects(details.of('r1'), /offline/);
    fail = false;
    assert.deepEqual(await details.of('r1'), { id: 'r1' });
    await details.of('r1');
    await details.of('r1');
    assert.deepEqual(asked, ['r1', 'r1']);
    details.forget('r1');
    await details.of('r1');
    assert.deepEqual(asked, ['r1', 'r1', 'r1']);
});
