// The nurse's pickups and deliveries of signed prescriptions, without the DOM: which step comes next
// and what her device signs to confirm it (the server's CourierConfirmation checks the same claims).
import { now, randomId } from './jws.js';

export const PICKED_UP = 'picked-up';
export const DELIVERED = 'delivered';

/** The step she confirms next: pick up what is ready, deliver what she carries; nothing otherwise. */
export function nextStep(task) {
    return { ready: PICKED_UP, 'picked-up': DELIVERED }[task?.status] ?? null;
}

/** The confirmation's claims: this prescription (id, number, SHA-256 of the signed PDF), this step, now. */
export function confirmationClaims(task, step, at = now()) {
    return { prescription: task.prescriptionId, number: task.number, sha256: task.signedSha256, step, iat: at, jti: randomId() };
}

/** The API path of a step: .../pickup or .../delivery. */
export function stepPath(task, step) {
    return `/api/v1/authenticators/deliveries/${encodeURIComponent(task.prescriptionId)}/${step === PICKED_UP ? 'pickup' : 'delivery'}`;
}

/** Open tasks, the ones to pick up first, each once. */
export function openTasks(tasks) {
    const order = { ready: 0, 'picked-up': 1 };
    return (tasks || []).filter((task) => nextStep(task)).sort((a, b) => order[a.status] - order[b.status]
        || String(a.number).localeCompare(String(b.number)));
}
