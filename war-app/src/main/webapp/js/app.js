// The app's screens: welcome, sign-up, codes, enrollment, and the requests of an enrolled device.
// Views only: the protocol is in device.js and push.js, the request bookkeeping in requests.js and
// signing.js, a signature request's documents drawn by documents-view.js, a nurse's tasks in deliveries.js,
// the camera and QR decoder of "Scan a login code" in scanner.js, what a scanned code means in qr-login.js.
import { call, issuer, NetworkError, Problem } from './api.js';
import { nextStep, openTasks, PICKED_UP } from './deliveries.js';
import { Device } from './device.js';
import { PasskeyCancelled } from './passkey.js';
import { showDocuments, showFailure, showLoading } from './documents-view.js';
import { PushConnection } from './push.js';
import { loginCodePath } from './qr-login.js';
import { matchingCode, Requests } from './requests.js';
import { CameraUnavailable, Scanner } from './scanner.js';
import { dataUrl, groupedHash, SigningDetails } from './signing.js';
import { strings, t } from './strings.js';

const $ = (selector, root = document) => root.querySelector(selector);
const requests = new Requests();
const signing = new SigningDetails(loadSigning);
let device = null;
let push = null;
let signUp = null;
let lockTimer = null;
let scanner = null;

function applyStrings() {
    for (const element of document.querySelectorAll('[data-text]')) {
        element.textContent = strings[element.dataset.text];
    }
    document.title = strings.appTitle;
}

function show(screen) {
    for (const section of document.querySelectorAll('.screen')) {
        section.hidden = section.id !== 'screen-' + screen;
    }
    const heading = $(`#screen-${screen} h2`);
    if (heading) {
        heading.tabIndex = -1;
        heading.focus();
    }
}

/** A message to the person: role=alert, so a screen reader says it too. */
function notify(text, tone = 'info') {
    const notice = $('#notice');
    notice.textContent = text;
    notice.dataset.tone = tone;
    notice.hidden = !text;
    if (text) {
        // a long signature request leaves the person scrolled far below the notice
        notice.scrollIntoView({ block: 'nearest' });
    }
}

function explain(error) {
    if (error instanceof NetworkError) {
        return strings.networkError;
    }
    if (error instanceof PasskeyCancelled) {
        return strings.passkeyCancelled;
    }
    if (error instanceof Problem) {
        const known = { 'invalid-signature': 'refusedSignature', 'already-decided': 'refusedDecided',
            'request-expired': 'refusedExpired', 'unknown-request': 'refusedUnknown', 'invalid-device-assertion': 'refusedDevice',
            'invalid-signature-value': 'refusedSignatureValue', 'signing-request-closed': 'refusedDecided',
            'unknown-signing-request': 'refusedUnknown', 'document-changed': 'refusedDocumentChanged',
            'invalid-passkey': 'passkeyRefused', 'unknown-passkey': 'passkeyUnknown', 'invalid-passkey-challenge': 'passkeyChallenge',
            'passkey-unlock-required': 'unlockRequired' }[error.kind];
        return known ? strings[known] : t('problem', { title: error.title || error.status, detail: error.detail });
    }
    return String(error.message || error);
}

async function busy(button, work) {
    button.disabled = true;
    try {
        await work();
    } catch (error) {
        notify(explain(error), 'error');
    } finally {
        button.disabled = false;
    }
}

function setConnection(state) {
    const badge = $('#connection');
    badge.hidden = false;
    badge.dataset.state = state;
    badge.textContent = strings[state];
}

function renderRequests() {
    const list = $('#requests');
    const pending = requests.list();
    list.replaceChildren(...pending.map(card));
    $('#no-requests').hidden = pending.length > 0;
}

function card(request) {
    const item = $('#request-card').content.firstElementChild.cloneNode(true);
    const kind = String(request.kind).toLowerCase();
    item.dataset.requestId = request.id;
    item.dataset.kind = kind;
    $('.kind', item).textContent = strings[{ login: 'kindLogin', ciba: 'kindCiba', signature: 'kindSignature' }[kind] || 'kindOther'];
    $('.binding', item).textContent = request.bindingMessage;
    $('.requester', item).textContent = request.requester ? t('from', { requester: request.requester }) : '';
    $('.expires', item).textContent = request.expiresAt ? t('expires', { time: new Date(request.expiresAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) }) : '';
    const code = matchingCode(request);
    if (code) {
        $('.matching', item).hidden = false;
        $('.matching-label', item).textContent = strings.matchingCode;
        $('.matching-code', item).textContent = code;
        $('.matching-hint', item).textContent = strings.matchingCodeHint;
    }
    const approve = $('.approve', item);
    const deny = $('.deny', item);
    approve.textContent = strings.approve;
    deny.textContent = strings.deny;
    approve.setAttribute('aria-label', `${strings.approve}: ${request.bindingMessage}`);
    deny.setAttribute('aria-label', `${strings.deny}: ${request.bindingMessage}`);
    if (kind === 'signature') {
        prepareSignature(request, item, approve);
    }
    approve.addEventListener('click', () => decide(request, 'approve', approve, deny));
    deny.addEventListener('click', () => decide(request, 'deny', approve, deny));
    return item;
}

/** Nothing can be signed before every document is on the screen: the sign button waits for them. */
function prepareSignature(request, item, approve) {
    approve.disabled = true;
    showLoading(item);
    signing.of(request.id).then((details) => {
        showDocuments(item, details);
        const label = details.request.documents.length === 1 ? strings.sign : t('signAll', { count: details.request.documents.length });
        approve.textContent = label;
        approve.setAttribute('aria-label', `${label}: ${request.bindingMessage}`);
        approve.disabled = false;
    }, (error) => showFailure(item, explain(error)));
}

/** A signature request's documents, then the first page of each, one after the other (a batch has up to 20). */
async function loadSigning(requestId) {
    const details = await device.signingRequest(requestId);
    const previews = [];
    for (const shown of details.documents) {
        try {
            const picture = await device.preview(requestId, shown.documentId);
            previews.push({ url: dataUrl(picture.type, picture.bytes) });
        } catch (error) {
            // the title and the hash are what is signed; a missing picture (an XML document) does not stop the person
            previews.push({ reason: error instanceof Problem && error.kind === 'no-preview' ? strings.noPreview : explain(error) });
        }
    }
    return { request: details, previews };
}

async function decide(request, decision, ...buttons) {
    notify('');
    if (decision === 'approve' && !device.isUnlocked()) {
        // the server would refuse it (passkey-unlock-required): ask for the passkey first
        locked(strings.unlockRequired);
        return;
    }
    buttons.forEach((b) => { b.disabled = true; });
    const signature = String(request.kind).toLowerCase() === 'signature';
    try {
        if (signature && decision === 'approve') {
            await device.sign(request, (await signing.of(request.id)).request);
        } else {
            await device.decide(request, decision);
        }
        notify(t(decision === 'approve' ? (signature ? 'signed' : 'approved') : 'denied', { message: request.bindingMessage }), 'success');
        forget(request);
    } catch (error) {
        notify(explain(error), 'error');
        if (error instanceof Problem && error.kind === 'passkey-unlock-required') {
            device.lock();
            locked(strings.unlockRequired);
            return;
        }
        if (error instanceof Problem && ['already-decided', 'request-expired', 'unknown-request', 'signing-request-closed',
            'unknown-signing-request', 'document-changed'].includes(error.kind)) {
            forget(request);
        } else {
            buttons.forEach((b) => { b.disabled = false; });
        }
    }
    renderRequests();
}

function forget(request) {
    requests.remove(request.id);
    signing.forget(request.id);
}

function renderDeliveries(tasks) {
    $('#deliveries').replaceChildren(...tasks.map(deliveryCard));
    $('#deliveries-section').hidden = tasks.length === 0;
}

function deliveryCard(task) {
    const item = $('#delivery-card').content.firstElementChild.cloneNode(true);
    const step = nextStep(task);
    item.dataset.prescriptionId = task.prescriptionId;
    item.dataset.step = step;
    $('.kind', item).textContent = step === PICKED_UP ? strings.kindPickup : strings.kindDelivery;
    $('.binding', item).textContent = t('prescriptionNumber', { number: task.number });
    $('.where', item).textContent = step === PICKED_UP ? t('pickUpAt', { pharmacy: task.pharmacyName, address: task.pharmacyAddress })
        : t('deliverTo', { patient: task.patientName });
    $('.items', item).replaceChildren(...(task.items || []).map((label) => Object.assign(document.createElement('li'), { textContent: label })));
    $('.hash-label', item).textContent = strings.signedPdfHash;
    $('.hash', item).textContent = groupedHash(task.signedSha256);
    const confirm = $('.confirm', item);
    const label = step === PICKED_UP ? strings.confirmPickup : strings.confirmDelivery;
    confirm.textContent = label;
    confirm.setAttribute('aria-label', `${label}: ${t('prescriptionNumber', { number: task.number })}`);
    confirm.addEventListener('click', () => busy(confirm, async () => {
        notify('');
        if (!device.isUnlocked()) {
            // a confirmation is an approval too: the server would refuse it (passkey-unlock-required)
            locked(strings.unlockRequired);
            return;
        }
        try {
            await device.confirmStep(task, step);
        } catch (error) {
            if (error instanceof Problem && error.kind === 'passkey-unlock-required') {
                device.lock();
                locked(strings.unlockRequired);
                return;
            }
            throw error;
        }
        notify(t(step === PICKED_UP ? 'pickedUp' : 'deliveredDone', { number: task.number }), 'success');
        await fetchDeliveries();
    }));
    return item;
}

/** The nurse's open tasks; a person with none sees no section. Failures show on the requests' own fetch. */
async function fetchDeliveries() {
    try {
        renderDeliveries(openTasks(await device.deliveries()));
    } catch (error) {
        // the same cause (offline, a removed device) is told once, by fetchPending
    }
}

function received(request) {
    if (requests.add(request)) {
        renderRequests();
    }
}

async function fetchPending() {
    try {
        (await device.pendingRequests()).forEach(received);
    } catch (error) {
        notify(explain(error), 'error');
    }
}

function home() {
    $('#enrolled-as').textContent = t('enrolledAs', { name: device.name });
    $('#passkey-setup').hidden = device.hasPasskey;
    if (!device.hasPasskey) {
        // offered only where the browser can make one; elsewhere the button would only wait for an authenticator that is not there
        Device.canHoldPasskey().then((can) => {
            $('#set-up-passkey').hidden = !can;
            $('#passkey-unavailable').hidden = can;
        });
    }
    show('home');
    renderRequests();
    scheduleLock();
    if (push) {
        return;
    }
    push = new PushConnection(device, { onRequest: received, onDelivery: fetchDeliveries, onState: setConnection,
        onReady: () => Promise.all([fetchPending(), fetchDeliveries()]) });
    push.start();
}

/**
 * A login page's QR code through the camera: the device takes the login over (the protocol's
 * qr-logins POST) and the login's request shows like a pushed one, with its matching code, to be
 * approved or denied there. Whatever the camera saw that is not this server's login code is never posted.
 */
async function scanLogin() {
    notify('');
    show('scan');
    let text;
    try {
        text = await scanner.scan();
    } catch (error) {
        scanner.stop();
        if ($('#screen-scan').hidden) {
            return;
        }
        home();
        notify(error instanceof CameraUnavailable ? strings[{ denied: 'cameraDenied', unsupported: 'cameraUnsupported',
            decoder: 'networkError' }[error.reason] || 'cameraMissing'] : explain(error), 'error');
        return;
    }
    if ($('#screen-scan').hidden) {
        // the app locked itself meanwhile: the lock screen stays, nothing is claimed
        return;
    }
    home();
    if (text === null) {
        return;
    }
    const path = loginCodePath(text, issuer);
    if (!path) {
        notify(strings.notVigilCode, 'error');
        return;
    }
    try {
        received(await device.call('POST', path));
        notify(strings.scannedLogin, 'info');
    } catch (error) {
        notify(error instanceof Problem && error.kind === 'unknown-request' ? strings.loginCodeUsed : explain(error), 'error');
    }
}

/** The lock screen; requests keep arriving behind it, and nothing is approved until the passkey unlocks. */
function locked(message = '', tone = 'error') {
    clearTimeout(lockTimer);
    scanner?.stop();
    notify(message, tone);
    show('locked');
}

/** Locks when the server's unlock runs out, so that the person is asked again rather than refused. */
function scheduleLock() {
    clearTimeout(lockTimer);
    if (device.hasPasskey && device.unlockedUntil) {
        lockTimer = setTimeout(() => {
            device.lock(true).catch(() => { /* the server's unlock has run out anyway */ });
            locked(strings.lockedAgain, 'info');
        }, Math.max(0, device.unlockedUntil - Date.now()));
    }
}

async function unlock() {
    notify('');
    await device.unlock();
    notify(strings.unlocked, 'success');
    home();
}

/** Right after enrollment: the passkey that unlocks the app from now on. A refusal leaves the app usable, with the offer to try again. */
async function createPasskey() {
    if (!await Device.canHoldPasskey()) {
        // a browser without a user-verifying authenticator (no screen lock) would only wait for one
        notify(strings.noPasskeyHere, 'info');
        home();
        return;
    }
    $('#busy-text').textContent = strings.creatingPasskey;
    show('busy');
    try {
        await device.createPasskey();
        notify(strings.passkeyCreated, 'success');
    } catch (error) {
        notify(t('passkeyNotCreated', { reason: explain(error) }), 'error');
    }
    home();
}

async function enroll(code, name) {
    $('#busy-text').textContent = strings.enrolling;
    show('busy');
    try {
        device = await Device.enroll(code.trim().toUpperCase(), name.trim());
        notify('');
        await createPasskey();
    } catch (error) {
        notify(explain(error), 'error');
        show('enroll');
        $('#enrollment-code').value = code;
        $('#enroll-device-name').value = name;
    }
}

function wire() {
    $('#go-signup').addEventListener('click', () => { notify(''); show('signup'); });
    $('#go-enroll').addEventListener('click', () => { notify(''); show('enroll'); });
    document.querySelectorAll('.back').forEach((b) => b.addEventListener('click', () => { notify(''); show('welcome'); }));
    $('#signup-device-name').value = strings.deviceNameDefault;
    $('#enroll-device-name').value = strings.deviceNameDefault;

    $('#signup-form').addEventListener('submit', (event) => {
        event.preventDefault();
        const form = new FormData(event.target);
        busy($('#send-codes'), async () => {
            const body = { firstName: form.get('firstName').trim(), lastName: form.get('lastName').trim(),
                email: form.get('email').trim(), phone: form.get('phone').replace(/[\s()-]/g, '') };
            const started = await call('POST', '/api/v1/signups', body);
            signUp = { id: started.signUpId, deviceName: form.get('deviceName').trim() };
            $('#codes-text').textContent = t('codesText', { email: body.email, phone: body.phone });
            notify('');
            show('codes');
        });
    });

    $('#codes-form').addEventListener('submit', (event) => {
        event.preventDefault();
        const form = new FormData(event.target);
        busy($('#confirm-codes'), async () => {
            const path = `/api/v1/signups/${encodeURIComponent(signUp.id)}/confirmations`;
            let status = await call('GET', `/api/v1/signups/${encodeURIComponent(signUp.id)}`);
            if (!status.emailConfirmed) {
                status = await call('POST', path, { channel: 'email', code: form.get('emailCode').trim() });
            }
            if (!status.phoneConfirmed) {
                status = await call('POST', path, { channel: 'phone', code: form.get('phoneCode').trim() });
            }
            if (!status.enrollmentCode) {
                notify(strings.signedUpNoCode, 'error');
                return;
            }
            await enroll(status.enrollmentCode, signUp.deviceName);
        });
    });

    scanner = new Scanner($('#scan-video'));
    $('#scan-video').setAttribute('aria-label', strings.scanVideo);
    $('#scan-login').addEventListener('click', () => busy($('#scan-login'), scanLogin));
    $('#scan-cancel').addEventListener('click', () => scanner.stop());

    $('#unlock').addEventListener('click', () => busy($('#unlock'), unlock));
    $('#set-up-passkey').addEventListener('click', () => busy($('#set-up-passkey'), async () => {
        notify('');
        await device.createPasskey();
        notify(strings.passkeyCreated, 'success');
        home();
    }));

    $('#enroll-form').addEventListener('submit', (event) => {
        event.preventDefault();
        const form = new FormData(event.target);
        enroll(form.get('enrollmentCode'), form.get('deviceName'));
    });
}

async function start() {
    applyStrings();
    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => { /* the app works without its offline shell */ });
    }
    if (!window.isSecureContext || !crypto.subtle) {
        notify(strings.secureContextNeeded, 'error');
        return;
    }
    wire();
    device = await Device.load().catch(() => null);
    if (device?.hasPasskey) {
        locked('', 'info');
        // an unlock from before the app (re)opened must not let anything through: the server ends it too
        device.lock(true).catch(() => { /* offline or removed: unlocking will say so */ });
    } else if (device) {
        home();
    } else {
        show('welcome');
    }
}

start();
