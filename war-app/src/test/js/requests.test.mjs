// Unit tests of the app's plain modules, run by Node's own test runner (no npm packages).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchingCode, Requests } from '../../main/webapp/js/requests.js';

test('a request pushed twice is kept once (push delivers at least once)', () => {
    const requests = new Requests();
    assert.equal(requests.add({ id: 'a', createdAt: '2026-12-06T00:00:01Z' }), true);
    assert.equal(requests.add({ id: 'a', createdAt: '2026-12-06T00:00:01Z' }), false);
    assert.equal(requests.list().length, 1);
});

test('requests are listed oldest first, without the expired and the answered', () => {
    const requests = new Requests();
    const now = Date.parse('2026-12-06T00:10:00Z');
    requests.add({ id: 'late', createdAt: '2026-12-06T00:05:00Z', expiresAt: '2026-12-06T00:15:00Z' });
    requests.add({ id: 'early', createdAt: '2026-12-06T00:01:00Z', expiresAt: '2026-12-06T00:11:00Z' });
    requests.add({ id: 'gone', createdAt: '2026-12-06T00:00:00Z', expiresAt: '2026-12-06T00:09:59Z' });
    requests.add({ id: 'answered', createdAt: '2026-12-06T00:02:00Z' });
    requests.remove('answered');
    assert.deepEqual(requests.list(now).map((r) => r.id), ['early', 'late']);
});

test('a login shows the matching code its binding message ends with; other kinds show none', () => {
    assert.equal(matchingCode({ kind: 'login', bindingMessage: 'Log in to Vigil console - code 482913' }), '482913');
    assert.equal(matchingCode({ kind: 'LOGIN', bindingMessage: 'Log in to X - code 0042' }), '0042');
    assert.equal(matchingCode({ kind: 'ciba', bindingMessage: 'Station 3 login code 1234' }), null);
    assert.equal(matchingCode({ kind: 'login', bindingMessage: 'Log in to X' }), null);
});
