import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confirmationClaims, DELIVERED, nextStep, openTasks, PICKED_UP, stepPath } from '../../main/webapp/js/deliveries.js';

const task = { prescriptionId: 'p/1', number: 'RX-AAAA-BBBB', status: 'ready', signedSha256: 'ab12' };

test('what is ready is picked up next, what she carries is delivered next, anything else waits for nobody', () => {
    assert.equal(nextStep(task), PICKED_UP);
    assert.equal(nextStep({ ...task, status: 'picked-up' }), DELIVERED);
    assert.equal(nextStep({ ...task, status: 'delivered' }), null);
    assert.equal(nextStep(undefined), null);
});

test('the confirmation names this prescription, its signed PDF and this step, now, once', () => {
    const claims = confirmationClaims(task, PICKED_UP, 1_800_000_000);
    assert.deepEqual({ ...claims, jti: undefined }, { prescription: 'p/1', number: 'RX-AAAA-BBBB', sha256: 'ab12', step: 'picked-up',
        iat: 1_800_000_000, jti: undefined });
    assert.ok(claims.jti.length >= 16);
    assert.notEqual(confirmationClaims(task, PICKED_UP).jti, claims.jti);
});

test('each step has its own path, the id escaped', () => {
    assert.equal(stepPath(task, PICKED_UP), '/api/v1/authenticators/deliveries/p%2F1/pickup');
    assert.equal(stepPath(task, DELIVERED), '/api/v1/authenticators/deliveries/p%2F1/delivery');
});

test('open tasks: pickups first, then deliveries, by number; finished ones left out', () => {
    const tasks = [{ ...task, number: 'RX-2', status: 'picked-up' }, { ...task, number: 'RX-3', status: 'ready' },
        { ...task, number: 'RX-1', status: 'ready' }, { ...task, number: 'RX-0', status: 'delivered' }];
    assert.deepEqual(openTasks(tasks).map((t) => t.number), ['RX-1', 'RX-3', 'RX-2']);
    assert.deepEqual(openTasks(undefined), []);
});
